using Pipeline.Core.Results;

namespace Pipeline.Core.Billing;

/// <summary>
/// The "Rincian" sheet: one row per billed row and per funded person not billed, the whole row in its code's colour,
/// written as outcomes arrive. The header is frozen, filterable and repeated on every printed page.
/// </summary>
/// <remarks>
/// Column widths are fixed, not fitted: a streamed sheet declares its widths before its first row, and these columns
/// hold values of known shape (codes, identifiers, rupiah). Names, places, months and explanations wrap, and each row
/// is given the height its tallest cell needs, so nothing is cut on screen or on paper.
/// </remarks>
internal sealed class ReconciliationRowsSheet
{
    public const string Name = "Rincian";

    private const int Row = 1, Code = 2, Kpj = 3, Nik = 4, Person = 5, Place = 6, Months = 7, Billed = 8, Expected = 9, ToPay = 10, Reason = 11;

    private static readonly (int Column, string Header, double Width)[] Layout =
    [
        (Row, "Baris tagihan", 7.5),
        (Code, "Hasil", 18.5),
        (Kpj, "KPJ", 13.5),
        (Nik, "NIK", 18.5),
        (Person, "Nama", 22),
        (Place, "Desa, Kecamatan", 30),
        (Months, "Bulan", 13),
        (Billed, "Ditagih (Rp)", 10.5),
        (Expected, "Seharusnya (Rp)", 12.5),
        (ToPay, "Dibayar (Rp)", 10.5),
        (Reason, "Keterangan", 50),
    ];

    private readonly SheetWriter _sheet;
    private readonly ReconciliationColumns _columns;

    public ReconciliationRowsSheet(SheetWriter sheet, ReconciliationColumns columns)
    {
        _sheet = sheet;
        _columns = columns;
        sheet.View(selected: false, freezeTopRow: true);
        sheet.Columns(Layout.Select(c => (c.Column, c.Width, c.Column is Kpj or Nik ? new CellStyle(Number: NumberKind.Text) : CellStyle.Default)).ToArray());
        sheet.StartRow(Layout.Max(c => TextWidth.Lines(c.Header, c.Width - ColumnFit.FilterButton, TextWidth.BoldFactor)));
        foreach (var (column, header, _) in Layout)
        {
            sheet.Text(column, header, CellStyle.Header);
        }
    }

    public static int LastColumn => Reason;

    public void Write(BillOutcome outcome)
    {
        var fill = CellFill.Of(outcome.Code);
        var plain = new CellStyle(Fill: fill);
        var wrapped = new CellStyle(Fill: fill, Wrap: true);
        var money = new CellStyle(Fill: fill, Number: NumberKind.Thousands);
        var text = new CellStyle(Fill: fill, Number: NumberKind.Text);
        var place = PlaceOf(outcome);
        var months = ReconciliationColumns.MonthsForPeople(outcome.Months);
        var reason = ReconciliationColumns.Explanation(outcome);

        _sheet.StartRow(Math.Max(
            Math.Max(TextWidth.Lines(reason, Width(Reason)), TextWidth.Lines(outcome.Name, Width(Person))),
            Math.Max(TextWidth.Lines(place, Width(Place)), TextWidth.Lines(months, Width(Months)))));
        if (outcome.BillRow is { } row)
        {
            _sheet.Number(Row, row, plain);
        }
        else
        {
            _sheet.Empty(Row, plain);
        }

        _sheet.Text(Code, outcome.Code.ToText(), new CellStyle(FontKind.Bold, fill));
        _sheet.Text(Kpj, outcome.Kpj, text);
        _sheet.Text(Nik, outcome.Nik, text);
        _sheet.Text(Person, outcome.Name, wrapped);
        _sheet.Text(Place, place, wrapped);
        _sheet.Text(Months, months, wrapped);
        if (outcome.Billed is { } billed)
        {
            _sheet.Number(Billed, billed, money);
        }
        else
        {
            _sheet.Empty(Billed, plain);
        }

        _sheet.Number(Expected, outcome.Expected, money);
        _sheet.Number(ToPay, outcome.ToPay, money);
        _sheet.Text(Reason, reason, wrapped);
    }

    /// <summary>Ends the table with its filter; returns the last row written.</summary>
    public int Complete()
    {
        _sheet.AutoFilter($"A1:{CellReference.Of(Math.Max(_sheet.LastRow, 1), Reason)}");
        return _sheet.LastRow;
    }

    private string PlaceOf(BillOutcome outcome)
    {
        var desa = _columns.Desa(outcome);
        var kecamatan = _columns.Kecamatan(outcome);
        return desa.Length == 0 ? kecamatan : kecamatan.Length == 0 ? desa : $"{desa}, {kecamatan}";
    }

    private static double Width(int column) => Layout[column - 1].Width;
}
