using System.Security.Claims;

namespace Pipeline.Api.Auth;

/// <summary>
/// Who is calling, taken from a validated token: a stable id (Entra object id), a display name, the app roles,
/// and for a viewer the kecamatan an admin assigned them.
/// </summary>
public sealed record Caller(string Id, string? Name, IReadOnlySet<string> Roles, string? KecamatanCode)
{
    public static Caller Anonymous { get; } = new("", null, new HashSet<string>(), null);

    public bool IsAuthenticated => Id.Length > 0;

    public bool IsIn(string role) => Roles.Contains(role);

    /// <summary>A viewer and nothing more: everything they see is limited to their kecamatan.</summary>
    public bool IsScopedToKecamatan => IsIn(ApiRoles.Viewer) && !Roles.Overlaps([ApiRoles.Reviewer, ApiRoles.Approver, ApiRoles.Admin]);

    /// <summary>True when the caller may see data of this kecamatan.</summary>
    public bool MaySee(string? kecamatanCode) => !IsScopedToKecamatan || (KecamatanCode is not null && KecamatanCode == kecamatanCode);

    public static Caller From(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue("oid") ?? principal.FindFirstValue("sub") ?? "";
        var name = principal.FindFirstValue("name") ?? principal.FindFirstValue("preferred_username");
        var roles = principal.FindAll("roles").Concat(principal.FindAll(ClaimTypes.Role)).Select(c => c.Value)
            .Where(ApiRoles.All.Contains).ToHashSet(StringComparer.Ordinal);
        return new Caller(id, name, roles, null);
    }
}
