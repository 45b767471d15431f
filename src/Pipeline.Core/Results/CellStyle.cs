using Pipeline.Core.Model;

namespace Pipeline.Core.Results;

/// <summary>The fonts result workbooks use.</summary>
internal enum FontKind
{
    Regular,
    Bold,
    /// <summary>Bold, 14 pt: a sheet's title.</summary>
    Title,
    /// <summary>Bold, 12 pt: a section within a sheet.</summary>
    Subtitle,
    /// <summary>Bold dark red: a warning that must not be missed (a summary with no data yet).</summary>
    Alert,
}

/// <summary>A thin line above or below a cell: under a header row, over a total row.</summary>
internal enum CellBorder
{
    None,
    Top,
    Bottom,
}

/// <summary>
/// A cell's background colour (ARGB), or none: the header, cells with an error or a warning, each status's colour
/// from <see cref="RecordStatuses"/> (the summary sheet's status table is their legend), and each reconciliation
/// code's from <see cref="Billing.BillCodes"/>.
/// </summary>
internal readonly record struct CellFill(string? Argb)
{
    public static readonly CellFill None = default;
    public static readonly CellFill Header = new("FFD9E1F2");
    public static readonly CellFill Error = new("FFF8CBAD");
    public static readonly CellFill Warning = new("FFFFE699");

    public bool IsNone => Argb is null;

    /// <summary>The colour of a status, on the Status column and in the legend.</summary>
    public static CellFill Of(RecordStatus status) => new(status.Info().Fill);

    /// <summary>The colour of a bill's reconciliation code, on its rows and in the legend.</summary>
    public static CellFill Of(Billing.BillCode code) => new(Billing.BillCodes.Of(code).Fill);
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
    /// <summary>Text ("@"): what an official types into a NIK or phone cell stays text, every digit and the leading 0 kept.</summary>
    Text,
    /// <summary>"Rp" #,##0: money (Excel shows Rp 1.234.567 on an Indonesian system).</summary>
    Rupiah,
    /// <summary>0.0%: a share.</summary>
    Percent,
    /// <summary>+#,##0;-#,##0;0: a change, with its sign.</summary>
    Change,
}

/// <summary>
/// One combination of formatting a cell can have; <see cref="StyleRegistry"/> turns each distinct combination
/// into one cell format of the workbook.
/// </summary>
/// <param name="QuotePrefix">Keeps text that starts like a formula (= + - @) as text when an official edits it.</param>
internal readonly record struct CellStyle(
    FontKind Font = FontKind.Regular,
    CellFill Fill = default,
    NumberKind Number = NumberKind.General,
    bool Wrap = false,
    bool QuotePrefix = false,
    CellBorder Border = CellBorder.None)
{
    public static readonly CellStyle Default = new();
    public static readonly CellStyle Header = new(FontKind.Bold, CellFill.Header, Wrap: true);
    public static readonly CellStyle Bold = new(FontKind.Bold);
    public static readonly CellStyle Title = new(FontKind.Title);
    public static readonly CellStyle Wrapped = new(Wrap: true);
}
