using System.Text.RegularExpressions;
using Pipeline.Core.Budget;
using Pipeline.Core.Model;
using Pipeline.Core.Reading;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Billing;

/// <summary>
/// Opens a BPJS bill (.xlsx, .xls, .ods or .csv, header anywhere in the first rows, any usual column names) with the
/// one spreadsheet reader, and turns each data row into a <see cref="BillRow"/> as it streams.
/// </summary>
/// <remarks>
/// A file that cannot be reconciled at all is a <see cref="FileRejectedException"/>: every <c>FILE_*</c> reason of the
/// reader, plus <c>BILL_NO_HEADER</c>, <c>BILL_NO_ID_COLUMN</c> and <c>BILL_NO_AMOUNT_COLUMN</c>. A cell that cannot be
/// read becomes an issue on its row; the row is still handed out, so it is reconciled (and not paid) rather than lost.
/// </remarks>
public static partial class BillReader
{
    /// <param name="reading">Reader limits; <see cref="ReadingOptions.Bill"/> (a whole regency's bill) when null.</param>
    /// <exception cref="FileRejectedException">The bill as a whole cannot be used; nothing was reconciled.</exception>
    public static BillSheet Open(Stream content, string fileName, ReadingOptions? reading = null)
    {
        OpenedSheet sheet;
        try
        {
            sheet = SpreadsheetReader.Open(content, fileName, HeaderVocabulary.Bill, reading ?? ReadingOptions.Bill);
        }
        catch (FileRejectedException rejected) when (rejected.Problem == IssueCatalog.FileNoHeader)
        {
            throw new FileRejectedException(IssueCatalog.BillNoHeader, rejected);
        }

        var layout = sheet.Layout;
        if (!layout.Has(Field.Kpj) && !layout.Has(Field.Nik))
        {
            sheet.Dispose();
            throw new FileRejectedException(IssueCatalog.BillNoIdColumn);
        }

        if (!layout.Has(Field.Amount))
        {
            sheet.Dispose();
            throw new FileRejectedException(IssueCatalog.BillNoAmountColumn);
        }

        return new BillSheet(layout, People(sheet.Rows, layout), sheet.Notices, sheet);
    }

    /// <summary>
    /// The rows that bill someone: a totals or signature row ("JUMLAH", "TOTAL KEC. ...", "Mengetahui") without a
    /// readable KPJ or NIK is not a person, wherever it stands, and its amount must not be counted as billed.
    /// </summary>
    /// <exception cref="FileRejectedException">At the end, when no row billed anyone (<c>FILE_NO_ROWS</c>).</exception>
    private static IEnumerable<BillRow> People(IEnumerable<SourceRow> rows, SheetLayout layout)
    {
        var people = 0;
        foreach (var row in rows)
        {
            var read = Read(row, layout);
            if (read.Kpj is null && read.Nik is null && IsTotalOrFooter(row.Cells.FirstOrDefault(c => !TypedCell.IsEmpty(c))))
            {
                continue;
            }

            people++;
            yield return read;
        }

        if (people == 0)
        {
            throw new FileRejectedException(IssueCatalog.FileNoRows);
        }
    }

    private static bool IsTotalOrFooter(object? firstCell) =>
        RowClassifier.LooksLikeFooter(firstCell) || (firstCell is string text && SubTotal().IsMatch(text.Trim()));

    [GeneratedRegex(@"^(sub\s*-?\s*total|grand\s*total|total|jumlah)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubTotal();

    /// <summary>One data row: identifiers cleaned, amount and month read, each problem named once.</summary>
    internal static BillRow Read(SourceRow row, SheetLayout layout)
    {
        var issues = new List<Issue>();
        var kpjCell = row.Get(layout, Field.Kpj);
        var nikCell = row.Get(layout, Field.Nik);
        var kpjText = CellText.Render(kpjCell);
        var nikText = CellText.Render(nikCell);
        var kpj = BillIdentifiers.Kpj(kpjCell);
        var nik = BillIdentifiers.Nik(nikCell);
        if (kpj is null && kpjText.Length > 0)
        {
            issues.Add(IssueCatalog.BillKpjInvalid.Create(kpjText));
        }

        if (nik is null && nikText.Length > 0)
        {
            issues.Add(IssueCatalog.BillNikInvalid.Create(nikText));
        }

        if (kpj is null && nik is null)
        {
            issues.Add(IssueCatalog.BillIdMissing.Create());
        }

        var amountCell = row.Get(layout, Field.Amount);
        decimal? amount = null;
        if (RupiahAmount.TryRead(amountCell, out var read))
        {
            amount = read;
        }
        else
        {
            var amountText = CellText.Render(amountCell);
            issues.Add(amountText.Length == 0 ? IssueCatalog.BillAmountMissing.Create() : IssueCatalog.BillAmountUnreadable.Create(amountText));
        }

        var monthCell = row.Get(layout, Field.BillingMonth);
        var monthText = CellText.Render(monthCell);
        var month = monthText.Length > 0 && BillMonth.TryRead(monthCell, out var billed) ? billed : (YearMonth?)null;
        var monthUnreadable = monthText.Length > 0 && month is null;
        if (monthUnreadable)
        {
            issues.Add(IssueCatalog.BillMonthUnreadable.Create(monthText));
        }

        return new BillRow(row.RowNumber, kpjText, kpj, nikText, nik, CellText.Render(row.Get(layout, Field.Name)), amount, month, monthUnreadable, issues);
    }
}
