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

    /// <summary>Fill colours by <see cref="FillKind"/> (ARGB); light enough to print and read black text on.</summary>
    private static readonly Dictionary<FillKind, string> FillColours = new(Billing.BillCodes.All.ToDictionary(c => CellStyle.FillOf(c.Code), c => c.Fill))
    {
        [FillKind.Header] = "FFD9E1F2",
        [FillKind.Error] = "FFF8CBAD",
        [FillKind.Warning] = "FFFFE699",
        [FillKind.StatusNew] = "FFC6EFCE",
        [FillKind.StatusDuplicate] = "FFD9D9D9",
        [FillKind.StatusEnrolled] = "FFBDD7EE",
        [FillKind.StatusReview] = "FFE4DFEC",
        [FillKind.StatusRejected] = "FFFFC7CE",
        [FillKind.StatusIneligible] = "FFFCE4D6",
    };

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
        foreach (var kind in Enum.GetValues<FillKind>().Where(k => k != FillKind.None))
        {
            fills.Append(SolidFill(FillColours[kind]));
        }

        fills.Count = (uint)fills.ChildElements.Count;
        return new Stylesheet(
            new NumberingFormats(
                NumberFormat(NumberKind.AllDigits, "0"),
                NumberFormat(NumberKind.Date, "dd-mm-yyyy"),
                NumberFormat(NumberKind.Thousands, "#,##0"))
            { Count = 3 },
            new Fonts(Font(), Font(bold: true), Font(bold: true, size: 14)) { Count = 3 },
            fills,
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat(TopAligned()) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true }) { Count = 1 },
            new CellFormats(_styles.Select(Format)) { Count = (uint)_styles.Count },
            new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static CellFormat Format(CellStyle style)
    {
        var format = new CellFormat
        {
            NumberFormatId = NumberFormatId(style.Number),
            FontId = (uint)style.Font,
            FillId = FillId(style.Fill),
            BorderId = 0,
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

        if (style.Fill != FillKind.None)
        {
            format.ApplyFill = true;
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
        _ => FirstCustomNumberFormat + (uint)kind - 1,
    };

    /// <summary>0 and 1 are the two fills every stylesheet starts with; the colours follow in enum order.</summary>
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
