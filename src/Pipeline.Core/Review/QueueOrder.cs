using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Core.Review;

/// <summary>
/// The order of the review queue, in one place: items by the upload path of their first record under review
/// (<see cref="ReviewItem.Id"/>), ordinal, then by its sheet row. The page, the queue index and the tests all sort so.
/// </summary>
/// <remarks>
/// <see cref="Key"/> writes that order as one text whose ordinal order is the queue's, so a store that sorts keys
/// ordinally (Table Storage's row keys) holds the queue in order and a page is a range read. The text avoids what
/// such keys may not hold (<c>/ \ # ? %</c> and control characters) without changing the order: each of them, and
/// the allowed character just below it, become that allowed character and a second one (<c>.</c> → <c>.0</c>,
/// <c>/</c> → <c>.1</c>), so every comparison between two paths comes out as it did. The row follows after a
/// space and seven digits, which sort below every encoded character that can follow a shorter path.
/// </remarks>
public static class QueueOrder
{
    /// <summary>Longest path encoding kept whole; past it a prefix and a hash (the order then holds for the first 440 characters).</summary>
    private const int MaxPathLength = 440;

    /// <summary>The upload path of the item's first record under review: what the queue sorts by first.</summary>
    public static string PathOf(ReviewItem item) => item.Pairs.First(p => p.Subject == item.Id).UploadPath;

    /// <summary>The items in queue order.</summary>
    public static IReadOnlyList<ReviewItem> Sort(IEnumerable<ReviewItem> items) =>
        [.. items.OrderBy(PathOf, StringComparer.Ordinal).ThenBy(i => i.Id.SourceRow)];

    /// <summary>The item's place in the queue as a key (see the remarks).</summary>
    public static string KeyOf(ReviewItem item) => Key(PathOf(item), item.Id.SourceRow);

    public static string Key(string uploadPath, int sourceRow)
    {
        var builder = new StringBuilder(uploadPath.Length + 16);
        foreach (var ch in uploadPath)
        {
            Append(builder, ch);
        }

        var path = builder.Length <= MaxPathLength
            ? builder.ToString()
            : builder.ToString(0, MaxPathLength) + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(uploadPath)), 0, 16);
        return path + " " + Model.RecordId.PadRow(sourceRow);
    }

    private static void Append(StringBuilder builder, char ch)
    {
        switch (ch)
        {
            case <= ' ':
                builder.Append(' ').Append((char)('A' + ch));
                break;
            case '"' or '$' or '.' or '>' or '[':
                builder.Append(ch).Append('0');
                break;
            case '#' or '%' or '/' or '?' or '\\':
                builder.Append((char)(ch - 1)).Append('1');
                break;
            case >= '~' and <= '\u009F':
                builder.Append('~').Append((char)('A' + (ch - '~')));
                break;
            default:
                builder.Append(ch);
                break;
        }
    }
}
