using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Storage.Tables;

/// <summary>
/// Table Storage keys may not contain / \ # ? or control characters, and are at most 1 KiB. Upload paths
/// contain slashes, so keys are made from a short hash of the path (records) or a cleaned copy (uploads).
/// </summary>
public static class TableKeys
{
    /// <summary>A stable, short id for an upload path: the partition of its records and reviews.</summary>
    public static string UploadKey(string uploadPath)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(uploadPath.ToLowerInvariant()));
        return "u" + Convert.ToHexStringLower(hash, 0, 10);
    }

    /// <summary>Zero-padded so that rows sort in sheet order.</summary>
    public static string RowKey(int sourceRow) => sourceRow.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Replaces characters tables refuse with '~' (only used for readable keys, never parsed back).</summary>
    public static string Clean(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var ch in value)
        {
            builder.Append(ch is '/' or '\\' or '#' or '?' || char.IsControl(ch) ? '~' : ch);
        }

        return builder.Length > 500 ? builder.ToString(0, 500) : builder.ToString();
    }
}
