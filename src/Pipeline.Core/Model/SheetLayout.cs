namespace Pipeline.Core.Model;

/// <summary>Where the table sits in a sheet: the header row found and which column holds which field.</summary>
public sealed record SheetLayout
{
    public required string SheetName { get; init; }

    /// <summary>1-based sheet row of the header.</summary>
    public required int HeaderRow { get; init; }

    /// <summary>Header texts as the uploader wrote them, one per column (empty string where blank).</summary>
    public required IReadOnlyList<string> ColumnNames { get; init; }

    /// <summary>0-based column index of each recognised field.</summary>
    public required IReadOnlyDictionary<Field, int> FieldColumns { get; init; }

    /// <summary>
    /// For a list read from several sheets (<see cref="SheetRows"/>): each read sheet's name by its 0-based index in the
    /// workbook. Empty for a list of one sheet, whose rows are plain.
    /// </summary>
    public IReadOnlyDictionary<int, string> CombinedSheets { get; init; } = new Dictionary<int, string>();

    public bool IsCombined => CombinedSheets.Count > 1;

    /// <summary>Sex given as a mark in one of two columns ("Jenis Kelamin" over "L" | "P"); <see cref="FieldColumns"/> names the first.</summary>
    public (int Male, int Female)? SplitSex { get; init; }

    /// <summary>The birth date in three columns ("Tanggal Lahir" over "Tgl" | "Bln" | "Thn"); <see cref="FieldColumns"/> names the day's.</summary>
    public (int Day, int Month, int Year)? SplitBirthDate { get; init; }

    /// <summary>The row as the result workbook's Baris column shows it: the number, or "12 (Dusun II)" in a combined list.</summary>
    public object RowShown(int number) =>
        IsCombined && CombinedSheets.TryGetValue(SheetRows.SheetOf(number), out var sheet) ? $"{SheetRows.RowOf(number)} ({sheet})" : number;

    public bool Has(Field field) => FieldColumns.ContainsKey(field);
}
