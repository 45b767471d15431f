using System.Globalization;
using Pipeline.Core.Budget;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Billing;

/// <summary>
/// How one outcome reads in the reconciliation's rows sheet and CSV: the same values in the same order, shaped for
/// each (numbers stay numbers in the workbook; in the CSV they are written for Excel with Indonesian settings).
/// </summary>
internal sealed class ReconciliationColumns(Gazetteer? places)
{
    /// <summary>The CSV header; <c>hasil</c> holds the code.</summary>
    public static readonly string[] CsvHeader =
        ["baris", "hasil", "kpj", "nik", "nama", "id_orang", "kecamatan", "desa", "kode_desa", "bulan", "ditagih", "seharusnya", "dibayar", "keterangan"];

    public string Kecamatan(BillOutcome outcome) =>
        outcome.KecamatanCode is { } code ? places?.KecamatanName(code) ?? code : string.Empty;

    public string Desa(BillOutcome outcome) =>
        outcome.DesaCode is { } code ? places?.DesaName(code) ?? code : string.Empty;

    /// <summary>"Januari – Maret 2027" for officials.</summary>
    public static string MonthsForPeople(IReadOnlyList<YearMonth> months) =>
        months.Count == 0 ? "-"
        : IsConsecutive(months) ? new MonthRange(months[0], months[^1]).ToIndonesian()
        : string.Join(", ", months.Select(m => m.ToIndonesian()));

    /// <summary>"2027-01..2027-03" for tools, or "2027-01,2027-03" when not consecutive.</summary>
    public static string MonthsForTools(IReadOnlyList<YearMonth> months) =>
        months.Count == 0 ? string.Empty
        : IsConsecutive(months) ? new MonthRange(months[0], months[^1]).ToString()
        : string.Join(",", months);

    /// <summary>The explanation followed by each row issue on its own line, as <c>[CODE] message</c>.</summary>
    public static string Explanation(BillOutcome outcome) =>
        outcome.Issues.Count == 0
            ? outcome.Explanation
            : outcome.Explanation + "\n" + string.Join("\n", outcome.Issues.OrderByDescending(i => i.Severity).Select(i => $"[{i.Code}] {i.Message}"));

    /// <summary>
    /// A KPJ or NIK in the CSV: a digit string gets a leading apostrophe, so Excel keeps it as text (every digit and a
    /// leading zero) instead of a number rounded after 15 digits. Excel shows the apostrophe; readers of the file,
    /// this pipeline's included, strip it.
    /// </summary>
    public static string DigitsAsText(string value) =>
        value.Length > 0 && value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0 ? "'" + value : value;

    /// <summary>Rupiah in the CSV: a whole number without grouping ("16800"), a comma before any decimals.</summary>
    public static string Amount(decimal? amount) =>
        amount is not { } value ? string.Empty
        : value == decimal.Truncate(value) ? value.ToString("0", CultureInfo.InvariantCulture)
        : value.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');

    public IEnumerable<string?> CsvRow(BillOutcome outcome) =>
    [
        outcome.BillRow?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        outcome.Code.ToText(),
        DigitsAsText(outcome.Kpj),
        DigitsAsText(outcome.Nik),
        outcome.Name,
        outcome.PersonId,
        Kecamatan(outcome),
        Desa(outcome),
        outcome.DesaCode,
        MonthsForTools(outcome.Months),
        Amount(outcome.Billed),
        Amount(outcome.Expected),
        Amount(outcome.ToPay),
        Explanation(outcome),
    ];

    private static bool IsConsecutive(IReadOnlyList<YearMonth> months) =>
        YearMonth.MonthsBetween(months[0], months[^1]) == months.Count - 1;
}
