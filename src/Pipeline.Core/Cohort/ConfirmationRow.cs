using System.Globalization;
using Pipeline.Core.Model;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Cohort;

/// <summary>One row of BPJS's confirmation as written: nothing is interpreted yet.</summary>
/// <param name="Nik">The NIK cell as read (text, or a number Excel made of it).</param>
/// <param name="EffectiveDate">The effective-date cell as read (a date, a number, text).</param>
public sealed record ConfirmationRow(int Row, object? Nik, string? Kpj, string? Status, object? EffectiveDate, string? Remarks, string? ExportId)
{
    /// <summary>The rows of an opened confirmation; a row with neither NIK nor status is a blank and is skipped.</summary>
    /// <exception cref="FileRejectedException">The header lacks the NIK or the status column.</exception>
    public static IEnumerable<ConfirmationRow> Read(OpenedSheet sheet)
    {
        if (!sheet.Layout.Has(Field.Nik))
        {
            throw new FileRejectedException(IssueCatalog.ConfirmNoNikColumn);
        }

        if (!sheet.Layout.Has(Field.MembershipStatus))
        {
            throw new FileRejectedException(IssueCatalog.ConfirmNoStatusColumn);
        }

        return Rows(sheet);
    }

    private static IEnumerable<ConfirmationRow> Rows(OpenedSheet sheet)
    {
        foreach (var row in sheet.Rows)
        {
            var nik = row.Get(sheet.Layout, Field.Nik);
            var status = Text(row.Get(sheet.Layout, Field.MembershipStatus));
            if (Text(nik) is null && status is null)
            {
                continue;
            }

            yield return new ConfirmationRow(
                row.RowNumber, nik, Text(row.Get(sheet.Layout, Field.Kpj)), status, row.Get(sheet.Layout, Field.EffectiveDate),
                Text(row.Get(sheet.Layout, Field.Remarks)), Text(row.Get(sheet.Layout, Field.ExportId)));
        }
    }

    internal static string? Text(object? cell) => cell switch
    {
        null => null,
        double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture)?.Trim() is { Length: > 0 } text ? text : null,
    };
}
