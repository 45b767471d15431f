using System.Text;

namespace Pipeline.Core.Reading;

/// <summary>A CSV upload seen as a workbook with one sheet; the stream is re-read from the start for each pass.</summary>
internal sealed class CsvSheetSource(Stream seekable, string sheetName) : ISheetSource
{
    private readonly Encoding _encoding = TextEncodingDetector.Detect(seekable);
    private char? _delimiter;

    public int SheetCount => 1;

    public string SheetName(int sheetIndex) => sheetName;

    public IEnumerable<RawRow> ReadSheet(int sheetIndex)
    {
        _delimiter ??= DetectDelimiter();
        seekable.Position = 0;
        using var reader = new StreamReader(seekable, _encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var number = 0;
        foreach (var record in CsvParser.ReadRecords(reader, _delimiter.Value))
        {
            yield return new RawRow(++number, Array.ConvertAll(record, field => (object?)field));
        }
    }

    private char DetectDelimiter()
    {
        seekable.Position = 0;
        using var reader = new StreamReader(seekable, _encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024, leaveOpen: true);
        return DelimiterDetector.Detect(reader);
    }

    /// <summary>The stream belongs to the caller (or to the temp-file owner), not to this view of it.</summary>
    public void Dispose()
    {
    }
}
