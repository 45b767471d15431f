using System.Globalization;

namespace Pipeline.Core.Model;

/// <summary>
/// The identity of one stored data row: the upload it belongs to and its sheet row. Stable across
/// reprocessing, so a retried or re-uploaded file overwrites its rows instead of adding new ones.
/// </summary>
/// <remarks>
/// One text form, <c>{uploadKey}:{row, 7 digits}</c>, made by <see cref="ToString"/> and read by
/// <see cref="Parse"/>; nothing else takes it apart. Seven digits hold Excel's last row (1,048,576) and keep
/// rows in sheet order when sorted as text. Upload keys may themselves contain ':', so the last one separates.
/// </remarks>
public readonly record struct RecordId(string UploadKey, int SourceRow) : IComparable<RecordId>
{
    private const char Separator = ':';

    /// <summary>The sheet row as fixed-width text: the Records table's RowKey and the tail of the id.</summary>
    public string PaddedRow => PadRow(SourceRow);

    public static string PadRow(int sourceRow) => sourceRow.ToString("D7", CultureInfo.InvariantCulture);

    public override string ToString() => UploadKey + Separator + PaddedRow;

    public static RecordId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException("Not a record id (expected 'uploadKey:0000123').");

    public static bool TryParse(string? text, out RecordId id)
    {
        id = default;
        var separator = text?.LastIndexOf(Separator) ?? -1;
        if (separator < 0 || separator == text!.Length - 1
            || !int.TryParse(text.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var row))
        {
            return false;
        }

        id = new RecordId(text[..separator], row);
        return true;
    }

    public int CompareTo(RecordId other)
    {
        var byUpload = string.CompareOrdinal(UploadKey, other.UploadKey);
        return byUpload != 0 ? byUpload : SourceRow.CompareTo(other.SourceRow);
    }
}
