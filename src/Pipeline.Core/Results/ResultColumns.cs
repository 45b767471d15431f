using Pipeline.Core.Reading;

namespace Pipeline.Core.Results;

/// <summary>
/// The columns the result workbook adds beside the uploader's own, named once for the writer and the reader.
/// </summary>
/// <remarks>
/// Officials fix rows in the result workbook and upload it again to the same path. On the way in these columns
/// must mean nothing (<see cref="HeaderVocabulary.WorkerList"/> ignores <see cref="HeaderPhrases"/>), and in the
/// next result they are not shown a second time beside the fresh ones (<see cref="StaleIn"/>).
/// </remarks>
public static class ResultColumns
{
    /// <summary>The row's number in the sheet the official sent.</summary>
    public const string SourceRow = "Baris";

    public const string Status = "Status";

    /// <summary>Every issue of the row, one per line.</summary>
    public const string Reason = "Keterangan";

    /// <summary>The person's id, the same for every listing of one person; what administrators look up.</summary>
    public const string PersonId = "ID Orang";

    /// <summary>The added headers as <see cref="HeaderNormalizer"/> makes them, for the reader to ignore.</summary>
    public static IReadOnlySet<string> HeaderPhrases { get; } =
        new[] { SourceRow, Status, Reason, PersonId }.Select(HeaderNormalizer.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The columns of an uploaded header that an earlier result workbook added, when the upload is one: the
    /// Status, Keterangan and ID Orang columns side by side, and a leading Baris column. Empty for any other list,
    /// so a village's own "Status" or "Keterangan" column is always kept.
    /// </summary>
    public static IReadOnlySet<int> StaleIn(IReadOnlyList<string> columnNames)
    {
        for (var i = 0; i + 2 < columnNames.Count; i++)
        {
            if (Is(columnNames[i], Status) && Is(columnNames[i + 1], Reason) && Is(columnNames[i + 2], PersonId))
            {
                var stale = new HashSet<int> { i, i + 1, i + 2 };
                if (Is(columnNames[0], SourceRow))
                {
                    stale.Add(0);
                }

                return stale;
            }
        }

        return new HashSet<int>();
    }

    private static bool Is(string header, string added) =>
        HeaderNormalizer.Normalize(header) == HeaderNormalizer.Normalize(added);
}
