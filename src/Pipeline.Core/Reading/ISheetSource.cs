namespace Pipeline.Core.Reading;

/// <summary>
/// The sheets of an opened file, each readable from its first row as often as needed (to find the header, to
/// count the data rows, to stream them). Hides whether the file is .xlsx, .xls, .ods or CSV.
/// </summary>
internal interface ISheetSource : IDisposable
{
    IReadOnlyList<SheetInfo> Sheets { get; }

    /// <summary>
    /// The sheet's rows in order, each with its real row number; blank rows may be left out. At most
    /// <paramref name="width"/> cells per row are kept, and no text longer than the cell limit plus one character.
    /// </summary>
    IEnumerable<RawRow> ReadSheet(int sheetIndex, int width);

    /// <summary>
    /// True once a read of the sheet met rows numbered out of order (repeated or backwards) and numbered them in
    /// document order instead: the uploader is told, as the row numbers in the result may differ from the file's.
    /// </summary>
    bool RowsRenumbered(int sheetIndex) => false;
}
