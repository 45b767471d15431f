using Pipeline.Core.Reporting;

namespace Pipeline.Core.Door;

/// <summary>
/// A village upload link as stored: which desa it opens, until when, and whether an admin revoked it. The rules of a
/// link live here; the store only persists it, the handlers only ask <see cref="StateAt"/>.
/// </summary>
/// <param name="Id">The SHA-256 of the token (<see cref="UploadLinkToken.Hash"/>): what admins list and revoke by, never the token.</param>
/// <param name="ExpiresAt">The first instant the link no longer works: midnight WIB after the last valid day.</param>
public sealed record UploadLink(
    string Id, string KecamatanCode, string DesaCode, DateTimeOffset ExpiresAt, DateTimeOffset CreatedAt, string CreatedBy,
    DateTimeOffset? RevokedAt = null, string? RevokedBy = null)
{
    /// <summary>The last day the link works, in WIB (what the admin chose and the village is told).</summary>
    public DateOnly LastDay => JakartaTime.DateOf(ExpiresAt.AddTicks(-1));

    /// <summary>Revocation wins over expiry: a revoked link says so even after its last day.</summary>
    public UploadLinkState StateAt(DateTimeOffset now) =>
        RevokedAt is not null ? UploadLinkState.Revoked
        : now >= ExpiresAt ? UploadLinkState.Expired
        : UploadLinkState.Active;

    /// <summary>
    /// The end of <paramref name="lastDay"/> in WIB: a link "valid until 31 December" works through 23:59:59 WIB that
    /// day, whatever zone the server runs in.
    /// </summary>
    public static DateTimeOffset EndOf(DateOnly lastDay) => JakartaTime.StartOf(lastDay.AddDays(1));

    /// <summary>
    /// Whether <paramref name="lastDay"/> may be chosen on <paramref name="today"/> (WIB): from today to
    /// <paramref name="maxDays"/> days ahead. A link for a past day would be born dead; one for years ahead would
    /// outlive the collection period it was made for.
    /// </summary>
    public static bool IsChoosableLastDay(DateOnly lastDay, DateOnly today, int maxDays) =>
        lastDay >= today && lastDay <= today.AddDays(maxDays);
}

/// <summary>What a link does when used.</summary>
public enum UploadLinkState
{
    /// <summary>Opens its desa's page and takes uploads.</summary>
    Active,

    /// <summary>Past its last day: refused with <c>LINK_EXPIRED</c>.</summary>
    Expired,

    /// <summary>Revoked by an admin: refused with <c>LINK_REVOKED</c>.</summary>
    Revoked,
}
