using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Pipeline.Api.Auth;

/// <summary>
/// Local sign-in for <c>serve</c>: issues a short-lived token signed with a key made at start-up, validated by
/// the same bearer-token path as Entra ID tokens. It exists only when the CLI's <c>serve</c> registers it, and
/// it answers only requests from the loopback address.
/// </summary>
public sealed class DevelopmentSignIn
{
    public const string Issuer = "pipeline-serve";
    public const string Audience = "pipeline-serve";

    private readonly SymmetricSecurityKey _key = new(RandomNumberGenerator.GetBytes(32));

    public SecurityKey Key => _key;

    /// <summary>Only a request that arrived on the loopback interface may sign in this way.</summary>
    public static bool IsLoopback(IPAddress? remote) => remote is not null && IPAddress.IsLoopback(remote);

    /// <summary>
    /// A browser's request from another site (its <c>Origin</c>, or <c>Sec-Fetch-Site</c>) may not sign in, whatever
    /// address it reached: only the page this server served, or a tool that sends neither header.
    /// </summary>
    public static bool IsSameOrigin(HttpRequest request)
    {
        if (request.Headers.TryGetValue("Sec-Fetch-Site", out var site) && site.ToString() is not ("same-origin" or "none"))
        {
            return false;
        }

        return !request.Headers.TryGetValue("Origin", out var origin)
               || string.Equals(origin.ToString(), $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The object id a development user gets: <c>dev-</c> and the name as a slug, the shape Entra ids pass validation in.</summary>
    public static string UserIdOf(string name) =>
        "dev-" + (Regex.Replace(name.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-') is { Length: > 0 } slug ? slug : "user");

    public string Issue(string name, IEnumerable<string> roles, TimeSpan lifetime)
    {
        var claims = new List<Claim> { new("oid", UserIdOf(name)), new("name", name) };
        claims.AddRange(roles.Select(r => new Claim("roles", r)));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow + lifetime,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
    }
}
