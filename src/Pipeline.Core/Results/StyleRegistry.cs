using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pipeline.Core.Results;

/// <summary>
/// Hands out cell-format indexes while sheets are streamed, and writes the matching stylesheet afterwards.
/// </summary>
/// <remarks>
/// A streamed sheet cannot be revisited, so the styles it used are only known once it is written: the registry
/// records each distinct <see cref="CellStyle"/> on first use and the stylesheet part is written last.
/// Index 0 is always the default format, as Excel expects. Every format aligns to the top of the cell: rows grow
/// with a wrapped Keterangan, and a printed row reads across its top line.
/// </remarks>
internal sealed class StyleRegistry
{
    private const uint FirstCustomNumberFormat = 164;

    /// <summary>Excel's built-in "@" (Text) format.</summary>
    private const uint TextNumberFormat = 49;

    private readonly Dictionary<CellStyle, uint> _indexes = new() { [CellStyle.Default] = 0 };
    private readonly List<CellStyle> _styles = [CellStyle.Default];

    public uint IndexOf(CellStyle style)
    {
        if (!_indexes.TryGetValue(style, out var index))
        {
            index = (uint)_styles.Count;
            _indexes.Add(style, index);
            _styles.Add(style);
        }

        return index;
    }

    public Stylesheet BuildStylesheet()
    {
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        var fillIds = new Dictionary<string, uint>(StringComparer.Ordinal);
        foreach (var argb in _styles.Select(s => s.Fill.Argb).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            fillIds[argb] = (uint)fills.ChildElements.Count;
            fills.Append(SolidFill(argb));
        }

        fills.Count = (uint)fills.ChildElements.Count;
        return new Stylesheet(
            new NumberingFormats(
                NumberFormat(NumberKind.AllDigits, "0"),
                NumberFormat(NumberKind.Date, "dd-mm-yyyy"),
                NumberFormat(NumberKind.Thousands, "#,##0"),
                NumberFormat(NumberKind.Rupiah, "\"Rp\" #,##0"),
                NumberFormat(NumberKind.Percent, "0.0%"),
                NumberFormat(NumberKind.Change, "+#,##0;-#,##0;0"))
            { Count = 6 },
            new Fonts(Font(), Font(bold: true), Font(bold: true, size: 14), Font(bold: true, size: 12), Font(bold: true, argb: "FF9C0006")) { Count = 5 },
            fills,
            new Borders(Border(top: false, bottom: false), Border(top: true, bottom: false), Border(top: false, bottom: true)) { Count = 3 },
            new CellStyleFormats(new CellFormat(TopAligned()) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true }) { Count = 1 },
            new CellFormats(_styles.Select(style => Format(style, fillIds))) { Count = (uint)_styles.Count },
            new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static CellFormat Format(CellStyle style, IReadOnlyDictionary<string, uint> fillIds)
    {
        var format = new CellFormat
        {
            NumberFormatId = NumberFormatId(style.Number),
            FontId = (uint)style.Font,
            FillId = style.Fill.Argb is { } argb ? fillIds[argb] : 0,
            BorderId = (uint)style.Border,
            FormatId = 0,
            ApplyAlignment = true,
        };
        if (style.Number != NumberKind.General)
        {
            format.ApplyNumberFormat = true;
        }

        if (style.Font != FontKind.Regular)
        {
            format.ApplyFont = true;
        }

        if (!style.Fill.IsNone)
        {
            format.ApplyFill = true;
        }

        if (style.Border != CellBorder.None)
        {
            format.ApplyBorder = true;
        }

        if (style.QuotePrefix)
        {
            format.QuotePrefix = true;
        }

        var alignment = TopAligned();
        alignment.WrapText = style.Wrap ? true : null;
        format.Append(alignment);
        return format;
    }

    /// <summary>
    /// Top alignment, on the Normal style too: LibreOffice takes the look of a cell without a format from it, and
    /// a tall row would otherwise show short cells at its bottom.
    /// </summary>
    private static Alignment TopAligned() => new() { Vertical = VerticalAlignmentValues.Top };

    private static uint NumberFormatId(NumberKind kind) => kind switch
    {
        NumberKind.General => 0,
        NumberKind.Text => TextNumberFormat,
        > NumberKind.Text => FirstCustomNumberFormat + (uint)kind - 2,
        _ => FirstCustomNumberFormat + (uint)kind - 1,
    };

    private static NumberingFormat NumberFormat(NumberKind kind, string code) =>
        new() { NumberFormatId = NumberFormatId(kind), FormatCode = code };

    private static Font Font(bool bold = false, double size = 11, string? argb = null)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size });
        if (argb is not null)
        {
            font.Append(new Color { Rgb = HexBinaryValue.FromString(argb) });
        }

        font.Append(new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }

    /// <summary>No line, or a thin one above or below; the schema wants every side named, in this order.</summary>
    private static Border Border(bool top, bool bottom) => new(
        new LeftBorder(),
        new RightBorder(),
        top ? new TopBorder { Style = BorderStyleValues.Thin } : new TopBorder(),
        bottom ? new BottomBorder { Style = BorderStyleValues.Thin } : new BottomBorder(),
        new DiagonalBorder());

    private static Fill SolidFill(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = HexBinaryValue.FromString(argb) }, new BackgroundColor { Indexed = 64 })
        {
            PatternType = PatternValues.Solid,
        });
}
