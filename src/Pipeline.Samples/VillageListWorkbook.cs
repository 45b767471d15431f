using ClosedXML.Excel;

namespace Pipeline.Samples;

/// <summary>
/// Lays out a list the way desa offices do: merged title rows, the header on row 4, a "1 | 2 | 3" numbering row,
/// the people, then a signature block. Cell values are written with the type given (text, number or date).
/// </summary>
internal sealed class VillageListWorkbook
{
    public const int HeaderRow = 4;

    public required string[] Titles { get; init; }
    public required string[] Columns { get; init; }
    public required IReadOnlyList<object?[]> Rows { get; init; }
    public required string[] Footer { get; init; }
    public bool NumberingRow { get; init; } = true;

    public void Save(string path)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Daftar");
        for (var index = 0; index < Titles.Length; index++)
        {
            sheet.Cell(index + 1, 1).Value = Titles[index];
            sheet.Range(index + 1, 1, index + 1, Columns.Length).Merge().Style.Font.SetBold().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        }

        WriteRow(sheet, HeaderRow, Columns);
        sheet.Row(HeaderRow).Style.Font.SetBold();
        var row = HeaderRow + 1;
        if (NumberingRow)
        {
            WriteRow(sheet, row++, Enumerable.Range(1, Columns.Length).Select(i => (object?)i).ToArray());
        }

        foreach (var values in Rows)
        {
            WriteRow(sheet, row++, values);
        }

        row++;
        var signatureColumn = Math.Max(1, Columns.Length - 3);
        foreach (var line in Footer)
        {
            if (line.Length > 0)
            {
                sheet.Cell(row, signatureColumn).Value = line;
            }

            row++;
        }

        sheet.Columns(1, Columns.Length).Width = 20;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        workbook.SaveAs(path);
    }

    internal static void WriteRow(IXLWorksheet sheet, int row, IReadOnlyList<object?> values)
    {
        for (var column = 0; column < values.Count; column++)
        {
            var cell = sheet.Cell(row, column + 1);
            switch (values[column])
            {
                case null:
                    break;
                case DateTime date:
                    cell.SetValue(date);
                    cell.Style.DateFormat.Format = "dd/mm/yyyy";
                    break;
                case double or int or long:
                    cell.SetValue(Convert.ToDouble(values[column], System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    cell.SetValue(values[column]!.ToString());
                    cell.DataType = XLDataType.Text;
                    break;
            }
        }
    }
}
