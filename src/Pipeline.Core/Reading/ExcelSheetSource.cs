using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>
/// An .xlsx or .xls workbook read by ExcelDataReader, which streams rows instead of loading the sheet.
/// Library exceptions are translated into file-level issues so that a bad upload never surfaces as a crash.
/// </summary>
internal sealed class ExcelSheetSource : ISheetSource
{
    private readonly IExcelDataReader _reader;
    private readonly string[] _sheetNames;

    static ExcelSheetSource() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private ExcelSheetSource(IExcelDataReader reader)
    {
        _reader = reader;
        _sheetNames = new string[reader.ResultsCount];
        for (var index = 0; index < _sheetNames.Length; index++)
        {
            _sheetNames[index] = reader.Name ?? $"Sheet{index + 1}";
            reader.NextResult();
        }
    }

    public static ExcelSheetSource Open(Stream seekable, FileFormat format)
    {
        try
        {
            var configuration = new ExcelReaderConfiguration { FallbackEncoding = Encoding.GetEncoding(1252), LeaveOpen = true };
            return new ExcelSheetSource(ExcelReaderFactory.CreateReader(seekable, configuration));
        }
        catch (Exception exception) when (exception is not FileRejectedException)
        {
            throw new FileRejectedException(Classify(exception, format), exception);
        }
    }

    public int SheetCount => _sheetNames.Length;

    public string SheetName(int sheetIndex) => _sheetNames[sheetIndex];

    public IEnumerable<RawRow> ReadSheet(int sheetIndex)
    {
        Guard(_reader.Reset);
        for (var skipped = 0; skipped < sheetIndex; skipped++)
        {
            Guard(() => _reader.NextResult());
        }

        var number = 0;
        while (Guard(_reader.Read))
        {
            var cells = new object?[_reader.FieldCount];
            for (var column = 0; column < cells.Length; column++)
            {
                cells[column] = TypedCell.ToContractType(_reader.GetValue(column));
            }

            yield return new RawRow(++number, cells);
        }
    }

    public void Dispose() => _reader.Dispose();

    private static IssueDefinition Classify(Exception exception, FileFormat format) => exception switch
    {
        InvalidPasswordException => IssueCatalog.FilePasswordProtected,
        _ when format == FileFormat.Ole2 => IssueCatalog.FileNotSpreadsheet,
        _ => IssueCatalog.FileCorrupt,
    };

    private static void Guard(Action action) => Guard(() =>
    {
        action();
        return true;
    });

    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is not FileRejectedException)
        {
            throw new FileRejectedException(IssueCatalog.FileCorrupt, exception);
        }
    }
}
