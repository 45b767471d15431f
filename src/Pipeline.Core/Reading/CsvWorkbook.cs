using System.Text;
using Pipeline.Core.Model;
using Sylvan.Data.Csv;

namespace Pipeline.Core.Reading;

/// <summary>
/// A CSV upload seen as a workbook with one sheet, parsed by Sylvan.Data.Csv (lax quotes, as Excel reads them); the
/// stream is re-read from the start for each pass. One record is one spreadsheet row, whatever its physical lines.
/// </summary>
/// <remarks>
/// Sylvan's bounded record buffer is the reason for this parser: a record longer than
/// <see cref="ReadingOptions.MaxCsvRecordLength"/> (an unclosed quote swallowing the rest of the file, a line of
/// millions of delimiters) ends in <c>FILE_ROW_TOO_LONG</c> instead of in gigabytes. A field that Excel wrote as an
/// error ("#REF!", "#N/A") is read as an <see cref="ErrorCell"/>, the same as in the workbook it was saved from.
/// </remarks>
internal sealed class CsvWorkbook(Stream seekable, string sheetName, ReadingBudget budget) : ISheetSource
{
    private readonly Encoding _encoding = TextEncodingDetector.Detect(seekable);
    private char? _delimiter;

    public IReadOnlyList<SheetInfo> Sheets { get; } = [new SheetInfo(sheetName, IsHidden: false)];

    public IEnumerable<RawRow> ReadSheet(int sheetIndex, int width)
    {
        _delimiter ??= DetectDelimiter();
        seekable.Position = 0;
        using var text = new StreamReader(seekable, _encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);
        SkipByteOrderMark(text);
        using var csv = Create(text, _delimiter.Value);
        var number = 0;
        while (Read(csv))
        {
            number++;
            if ((number & 0xFF) == 0)
            {
                budget.CheckTime();
            }

            var count = Math.Min(csv.RowFieldCount, width);
            object?[]? cells = null;
            var used = 0;
            for (var column = 0; column < count; column++)
            {
                var field = csv.GetFieldSpan(column);
                if (field.IsEmpty)
                {
                    continue;
                }

                cells ??= new object?[count];
                cells[column] = ToCell(field);
                used = column + 1;
            }

            var beyond = false;
            for (var column = count; column < csv.RowFieldCount && !beyond; column++)
            {
                beyond = !csv.GetFieldSpan(column).IsWhiteSpace();
            }

            if (cells is not null || beyond)
            {
                yield return new RawRow(number, cells is null ? [] : cells[..used]) { HasCellsBeyond = beyond };
            }
        }
    }

    /// <summary>The stream belongs to the caller (or to the temp-file owner), not to this view of it.</summary>
    public void Dispose()
    {
    }

    private CsvDataReader Create(TextReader text, char delimiter)
    {
        try
        {
            return CsvDataReader.Create(text, new CsvDataReaderOptions
            {
                HasHeaders = false,
                Delimiter = delimiter,
                CsvStyle = CsvStyle.Lax,

                // Sylvan skips lines starting with '#' by default: a row "#REF!;..." would vanish and shift every row
                // number. NUL is the one character no list starts a line with.
                Comment = '\0',
                ResultSetMode = ResultSetMode.SingleResult,
                BufferSize = Math.Min(64 * 1024, budget.Options.MaxCsvRecordLength),
                MaxBufferSize = budget.Options.MaxCsvRecordLength,
            });
        }
        catch (CsvRecordTooLargeException exception)
        {
            throw new FileRejectedException(IssueCatalog.FileRowTooLong, exception);
        }
    }

    private static bool Read(CsvDataReader csv)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvRecordTooLargeException exception)
        {
            throw new FileRejectedException(IssueCatalog.FileRowTooLong, exception);
        }
    }

    /// <summary>Text, cut one character past the cell limit, or the error a spreadsheet wrote for a broken formula.</summary>
    private object ToCell(ReadOnlySpan<char> field)
    {
        var limit = budget.Options.MaxCellLength + 1;
        var text = field.Length > limit ? new string(field[..limit]) : new string(field);
        return ErrorCell.ExcelCodes.Contains(text) ? new ErrorCell(text) : text;
    }

    private char DetectDelimiter()
    {
        seekable.Position = 0;
        using var reader = new StreamReader(seekable, _encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 16 * 1024, leaveOpen: true);
        SkipByteOrderMark(reader);
        return DelimiterDetector.Detect(reader);
    }

    private static void SkipByteOrderMark(StreamReader reader)
    {
        if (reader.Peek() == '\uFEFF')
        {
            reader.Read();
        }
    }
}
