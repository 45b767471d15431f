using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pipeline.Core.Results;

/// <summary>
/// Hands out cell-format indexes while sheets are streamed, and writes the matching stylesheet afterwards.
/// </summary>
/// <remarks>
/// A streamed sheet cannot be revisited, so the styles it used are only known once it is written: the registry
/// records each distinct <see cref="CellStyle"/> on first use and the stylesheet part is written last.
/// Index 0 is always the default format, as Excel expects.
/// </remarks>
internal sealed class StyleRegistry
{
    private const uint FirstCustomNumberFormat = 164;

    private readonly Dictionary<CellStyle, uint> indexes = new() { [CellStyle.Default] = 0 };
    private readonly List<CellStyle> styles = [CellStyle.Default];

    public uint IndexOf(CellStyle style)
    {
        if (!indexes.TryGetValue(style, out var index))
        {
            index = (uint)styles.Count;
            indexes.Add(style, index);
            styles.Add(style);
        }

        return index;
    }

    public Stylesheet BuildStylesheet() => new(
        new NumberingFormats(
            NumberFormat(NumberKind.AllDigits, "0"),
            NumberFormat(NumberKind.Date, "dd-mm-yyyy"),
            NumberFormat(NumberKind.Thousands, "#,##0"))
        { Count = 3 },
        new Fonts(Font(), Font(bold: true), Font(bold: true, size: 14)) { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            SolidFill("FFD9E1F2"),
            SolidFill("FFF8CBAD"),
            SolidFill("FFFFE699"))
        { Count = 5 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(styles.Select(Format)) { Count = (uint)styles.Count },
        new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static CellFormat Format(CellStyle style)
    {
        var format = new CellFormat
        {
            NumberFormatId = NumberFormatId(style.Number),
            FontId = (uint)style.Font,
            FillId = FillId(style.Fill),
            BorderId = 0,
            FormatId = 0,
        };
        if (style.Number != NumberKind.General)
        {
            format.ApplyNumberFormat = true;
        }

        if (style.Font != FontKind.Regular)
        {
            format.ApplyFont = true;
        }

        if (style.Fill != FillKind.None)
        {
            format.ApplyFill = true;
        }

        if (style.QuotePrefix)
        {
            format.QuotePrefix = true;
        }

        if (style.Wrap)
        {
            format.ApplyAlignment = true;
            format.Append(new Alignment { WrapText = true });
        }

        return format;
    }

    private static uint NumberFormatId(NumberKind kind) =>
        kind == NumberKind.General ? 0 : FirstCustomNumberFormat + (uint)kind - 1;

    private static uint FillId(FillKind kind) => kind == FillKind.None ? 0 : 1 + (uint)kind;

    private static NumberingFormat NumberFormat(NumberKind kind, string code) =>
        new() { NumberFormatId = NumberFormatId(kind), FormatCode = code };

    private static Font Font(bool bold = false, double size = 11)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static Fill SolidFill(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = HexBinaryValue.FromString(argb) }, new BackgroundColor { Indexed = 64 })
        {
            PatternType = PatternValues.Solid,
        });
}
