using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>
/// Wraps a source so that whatever a parser throws on a damaged file (XML errors, ExcelDataReader's own exceptions,
/// a truncated zip) becomes <c>FILE_CORRUPT</c>: a bad upload never surfaces as a crash. Limits keep their own codes.
/// </summary>
internal sealed class GuardedSource(ISheetSource inner) : ISheetSource
{
    public IReadOnlyList<SheetInfo> Sheets => inner.Sheets;

    public IEnumerable<RawRow> ReadSheet(int sheetIndex, int width)
    {
        using var rows = Guard(() => inner.ReadSheet(sheetIndex, width).GetEnumerator());
        while (Guard(rows.MoveNext))
        {
            yield return rows.Current;
        }
    }

    public bool RowsRenumbered(int sheetIndex) => inner.RowsRenumbered(sheetIndex);

    public void Dispose() => inner.Dispose();

    public static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is not (FileRejectedException or OutOfMemoryException or OperationCanceledException))
        {
            throw new FileRejectedException(IssueCatalog.FileCorrupt, exception);
        }
    }
}
