using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Pipeline.Integration.Tests.Api;

/// <summary>
/// Tokens shaped like Entra ID's (issuer of the tenant, audience = the app's client id, <c>oid</c>, <c>roles</c>),
/// signed with a key the tests configure as the issuer's signing key: the app's real validation runs, with
/// no network.
/// </summary>
public static class TestTokens
{
    public const string TenantId = "11111111-2222-3333-4444-555555555555";
    public const string ClientId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    public static readonly string Issuer = $"https://login.microsoftonline.com/{TenantId}/v2.0";

    public static readonly SymmetricSecurityKey Key = new("pipeline-integration-tests-signing-key-32bytes!!"u8.ToArray());
    private static readonly SymmetricSecurityKey OtherKey = new("someone-elses-signing-key-of-at-least-32-bytes!!"u8.ToArray());

    /// <summary>The app's settings for this tenant (as the function app would have them).</summary>
    public static Dictionary<string, string?> Settings => new()
    {
        ["Auth:TenantId"] = TenantId,
        ["Auth:ClientId"] = ClientId,
    };

    /// <summary>Makes the test key the issuer's key, so no OpenID metadata is fetched.</summary>
    public static void TrustTestIssuer(IServiceCollection services)
    {
        services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
        {
            var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
            configuration.SigningKeys.Add(Key);
            o.Configuration = configuration;
        });
    }

    /// <summary>A delegated access token the page obtained for the user (scope access_as_user, client = the app itself).</summary>
    public static string For(string user, params string[] roles) => Mint(user, roles, Key, ClientId, TimeSpan.FromMinutes(30));

    /// <summary>An ID token's shape: audience the app, but no delegated scope.</summary>
    public static string IdTokenShaped(string user, params string[] roles) => Mint(user, roles, Key, ClientId, TimeSpan.FromMinutes(30), scope: null);

    /// <summary>An app-only token (client credentials): app roles, <c>idtyp</c> app, no user and no scope.</summary>
    public static string AppOnly(params string[] roles) =>
        Mint("daemon", roles, Key, ClientId, TimeSpan.FromMinutes(30), scope: null, extra: [new Claim("idtyp", "app")]);

    /// <summary>A delegated token for this API, obtained by another client application.</summary>
    public static string FromAnotherClient(string user, params string[] roles) =>
        Mint(user, roles, Key, ClientId, TimeSpan.FromMinutes(30), client: "99999999-8888-7777-6666-555555555555");

    /// <summary>A delegated token for this API with another scope than the page's.</summary>
    public static string WithAnotherScope(string user, params string[] roles) => Mint(user, roles, Key, ClientId, TimeSpan.FromMinutes(30), scope: "User.Read");

    public static string SignedByAnotherKey(string user, params string[] roles) => Mint(user, roles, OtherKey, ClientId, TimeSpan.FromMinutes(30));

    public static string ForAnotherApp(string user, params string[] roles) => Mint(user, roles, Key, "api://another-app", TimeSpan.FromMinutes(30));

    public static string Expired(string user, params string[] roles) => Mint(user, roles, Key, ClientId, TimeSpan.FromMinutes(-10));

    private static string Mint(
        string user, string[] roles, SecurityKey key, string audience, TimeSpan lifetime, string? scope = "access_as_user", string? client = ClientId, Claim[]? extra = null)
    {
        var claims = new List<Claim> { new("oid", "oid-" + user), new("name", user), new("tid", TenantId) };
        claims.AddRange(roles.Select(r => new Claim("roles", r)));
        if (scope is not null)
        {
            claims.Add(new Claim("scp", scope));
        }

        if (client is not null)
        {
            claims.Add(new Claim("azp", client));
        }

        claims.AddRange(extra ?? []);
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = now.AddMinutes(-20),
            IssuedAt = now.AddMinutes(-20),
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
