using System.Security.Claims;

namespace Pipeline.Api.Auth;

/// <summary>
/// What an Entra ID token must be, beyond a valid signature, issuer, audience and lifetime: an access token a user
/// delegated to one of the allowed clients for this API's scope. An ID token (no <c>scp</c>), an app-only token
/// (<c>idtyp</c> = app, no <c>scp</c>) and a token another client obtained are refused.
/// </summary>
public static class EntraTokenRules
{
    /// <returns>Null when the token is accepted, else why not (for the log; the caller only sees 401).</returns>
    public static string? Refusal(ClaimsPrincipal principal, AuthOptions options)
    {
        if (string.Equals(principal.FindFirstValue("idtyp"), "app", StringComparison.OrdinalIgnoreCase))
        {
            return "app-only token";
        }

        var scopes = (principal.FindFirstValue("scp") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!scopes.Contains(options.RequiredScope, StringComparer.Ordinal))
        {
            return scopes.Length == 0 ? "not a delegated access token (no scp)" : "scope not granted";
        }

        var client = principal.FindFirstValue("azp") ?? principal.FindFirstValue("appid");
        return client is not null && options.ClientsAllowed.Contains(client, StringComparer.OrdinalIgnoreCase)
            ? null
            : "client not allowed";
    }
}
