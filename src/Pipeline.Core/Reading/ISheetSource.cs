namespace Pipeline.Core.Reading;

/// <summary>
/// The sheets of an opened file, each readable from its first row as often as needed
/// (once to look for the header, once to stream the data). Hides whether the file is Excel or CSV.
/// </summary>
internal interface ISheetSource : IDisposable
{
    int SheetCount { get; }

    string SheetName(int sheetIndex);

    /// <summary>Every row from row 1, blank rows included, so that row numbers are real.</summary>
    IEnumerable<RawRow> ReadSheet(int sheetIndex);
}
