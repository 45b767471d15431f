using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>
/// A binary Excel workbook (.xls: BIFF8 in an OLE2 container, or a bare BIFF2-5 stream from Excel 2.0-95), read by
/// ExcelDataReader, which streams rows instead of loading the sheet. BIFF bounds a sheet to 65,536 rows and 256
/// columns, so ExcelDataReader's habit of materialising empty rows stays cheap here.
/// </summary>
/// <remarks>ExcelDataReader 3.6 returns error cells as empty; .xls is the one format where a #REF! reads as blank.</remarks>
internal sealed class XlsWorkbook : ISheetSource
{
    private readonly IExcelDataReader _reader;
    private readonly ReadingBudget _budget;
    private readonly List<SheetInfo> _sheets = [];

    static XlsWorkbook() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private XlsWorkbook(IExcelDataReader reader, ReadingBudget budget)
    {
        _reader = reader;
        _budget = budget;
        for (var index = 0; index < reader.ResultsCount; index++)
        {
            var hidden = reader.VisibleState is { } state && !state.Equals("visible", StringComparison.OrdinalIgnoreCase);
            _sheets.Add(new SheetInfo(reader.Name ?? $"Sheet{index + 1}", hidden));
            reader.NextResult();
        }
    }

    public static XlsWorkbook Open(Stream seekable, ReadingBudget budget)
    {
        try
        {
            var configuration = new ExcelReaderConfiguration { FallbackEncoding = Encoding.GetEncoding(1252), LeaveOpen = true };
            return new XlsWorkbook(ExcelReaderFactory.CreateReader(seekable, configuration), budget);
        }
        catch (Exception exception) when (exception is not FileRejectedException)
        {
            throw new FileRejectedException(exception is InvalidPasswordException ? IssueCatalog.FilePasswordProtected : IssueCatalog.FileNotSpreadsheet, exception);
        }
    }

    public IReadOnlyList<SheetInfo> Sheets => _sheets;

    public IEnumerable<RawRow> ReadSheet(int sheetIndex, int width)
    {
        _reader.Reset();
        for (var skipped = 0; skipped < sheetIndex; skipped++)
        {
            _reader.NextResult();
        }

        var number = 0;
        while (_reader.Read())
        {
            number++;
            _budget.CheckTime();
            var count = Math.Min(_reader.FieldCount, width);
            object?[]? cells = null;
            var used = 0;
            for (var column = 0; column < count; column++)
            {
                var value = TypedCell.ToContractType(_reader.GetValue(column));
                if (value is not null)
                {
                    cells ??= new object?[count];
                    cells[column] = value;
                    used = column + 1;
                }
            }

            var beyond = false;
            for (var column = count; column < _reader.FieldCount && !beyond; column++)
            {
                beyond = _reader.GetValue(column) is not (null or DBNull);
            }

            if (cells is not null || beyond)
            {
                yield return new RawRow(number, cells is null ? [] : cells[..used]) { HasCellsBeyond = beyond };
            }
        }
    }

    public void Dispose() => _reader.Dispose();
}
