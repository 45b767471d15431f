namespace Pipeline.Core.Results;

/// <summary>The fonts result workbooks use.</summary>
internal enum FontKind
{
    Regular,
    Bold,
    Title,
}

/// <summary>The background colours result workbooks use: header, and cells with an error or a warning.</summary>
internal enum FillKind
{
    None,
    Header,
    Error,
    Warning,
}

/// <summary>How a number is shown.</summary>
internal enum NumberKind
{
    General,
    /// <summary>Every digit, for numbers of 12 digits or more (a NIK Excel stored as a number).</summary>
    AllDigits,
    /// <summary>dd-mm-yyyy, for date cells.</summary>
    Date,
    /// <summary>Thousands separators, for rupiah amounts.</summary>
    Thousands,
}

/// <summary>
/// One combination of formatting a cell can have; <see cref="StyleRegistry"/> turns each distinct combination
/// into one cell format of the workbook.
/// </summary>
/// <param name="QuotePrefix">Keeps text that starts like a formula (= + - @) as text when an official edits it.</param>
internal readonly record struct CellStyle(
    FontKind Font = FontKind.Regular,
    FillKind Fill = FillKind.None,
    NumberKind Number = NumberKind.General,
    bool Wrap = false,
    bool QuotePrefix = false)
{
    public static readonly CellStyle Default = new();
    public static readonly CellStyle Header = new(FontKind.Bold, FillKind.Header);
    public static readonly CellStyle Bold = new(FontKind.Bold);
    public static readonly CellStyle Title = new(FontKind.Title);
}
