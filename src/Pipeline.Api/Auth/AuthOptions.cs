namespace Pipeline.Api.Auth;

/// <summary>
/// Entra ID settings (configuration section <see cref="SectionName"/>): the app validates bearer tokens itself,
/// because App Service's built-in authentication is not assured on Flex Consumption.
/// </summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>Directory (tenant) id of the regency's Entra ID.</summary>
    public string? TenantId { get; set; }

    /// <summary>Application (client) id of the app registration; tokens must be issued for it.</summary>
    public string? ClientId { get; set; }

    /// <summary>The Application ID URI (<c>api://...</c>), also accepted as audience; the page asks for its scope.</summary>
    public string? Audience { get; set; }

    /// <summary>The sign-in authority's host; the public cloud by default.</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>The delegated scope the page requests (e.g. api://.../access_as_user).</summary>
    public string? Scope { get; set; }

    /// <summary>The delegated permission an access token must carry in <c>scp</c> (the page's scope, without its prefix).</summary>
    public string RequiredScope { get; set; } = "access_as_user";

    /// <summary>
    /// Client applications whose tokens are accepted (<c>azp</c>, or <c>appid</c> in v1 tokens); empty means the
    /// app registration itself, which is the page's client.
    /// </summary>
    public string[] AllowedClientIds { get; set; } = [];

    public IReadOnlyList<string> ClientsAllowed => AllowedClientIds.Length > 0 ? AllowedClientIds : ClientId is null ? [] : [ClientId];

    public bool IsConfigured => !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId);

    public string Authority => $"{Instance.TrimEnd('/')}/{TenantId}/v2.0";
}
