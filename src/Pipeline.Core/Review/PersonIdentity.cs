using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;

namespace Pipeline.Core.Review;

/// <summary>
/// Who a record says the person is: NIK, spelling-folded name key and birth date. Administrators' decisions
/// are keyed by it, not by upload rows, so a decision still applies when the same person comes back in a
/// re-upload, on a shifted row, in another village's file or in a later week.
/// </summary>
/// <remarks>
/// The name key (not the name as typed) is used, so "Djoko" and "Joko" are one identity. A record whose NIK,
/// name or birth date is corrected is a new identity, and rightly comes back to review.
/// </remarks>
public readonly record struct PersonIdentity(string? Nik, string? NameKey, DateOnly? BirthDate)
{
    public static PersonIdentity Of(MatchFields fields) => new(Blank(fields.Nik), Blank(fields.NameKey ?? fields.Name), fields.BirthDate);

    public static PersonIdentity Of(WorkerRecord record) => Of(MatchFields.From(record));

    /// <summary>True when nothing identifies the person: such a record can carry no decision.</summary>
    public bool IsEmpty => Nik is null && NameKey is null && BirthDate is null;

    /// <summary>
    /// A short, table-key-safe fingerprint: "i" + 24 hex digits of SHA-256 over the three parts. Stable across
    /// processes and versions; the parts themselves are stored beside it, never parsed out of it.
    /// </summary>
    public string Key
    {
        get
        {
            var text = $"{Nik}|{NameKey}|{BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
            return "i" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 12);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
