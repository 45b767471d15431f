using System.Text.RegularExpressions;

namespace Pipeline.Api.Auth;

/// <summary>
/// The shape of a user id the API stores (an Entra object id, a GUID; or a development user's <c>dev-…</c> slug) and
/// of a display name: anything else in a route or body is refused before it reaches a table.
/// </summary>
public static partial class UserIds
{
    public const int MaxDisplayName = 100;

    public static bool IsValid(string? userId) => userId is not null && Shape().IsMatch(userId);

    /// <summary>The display name trimmed, or null when it is empty; <paramref name="valid"/> false for control characters or over the length.</summary>
    public static string? CleanDisplayName(string? name, out bool valid)
    {
        var trimmed = name?.Trim();
        valid = trimmed is null || (trimmed.Length <= MaxDisplayName && !trimmed.Any(char.IsControl));
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
