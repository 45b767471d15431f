using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Pipeline.Api.Auth;
using Pipeline.Api.Routing;
using Pipeline.Core.Model;
using Pipeline.Core.Validation;
using Pipeline.Storage.Review;

namespace Pipeline.Api.Handlers;

/// <summary>Sign-in settings for the page, the caller's own identity, the development sign-in, the regions.</summary>
public static class SessionHandlers
{
    /// <summary>Development sign-in body: a name and the roles to act with.</summary>
    public sealed record SignInBody(string? Name, string[]? Roles);

    public static Task<IResult> Config(ApiRequest request)
    {
        var auth = request.Service<IOptions<AuthOptions>>().Value;
        var host = request.Service<IOptions<ApiHostOptions>>().Value;
        return Task.FromResult(ApiResults.Ok(new
        {
            developmentSignIn = host.DevelopmentSignIn,
            entra = auth.IsConfigured
                ? new { authority = $"{auth.Instance.TrimEnd('/')}/{auth.TenantId}", clientId = auth.ClientId, scope = auth.Scope ?? $"{auth.Audience ?? "api://" + auth.ClientId}/access_as_user" }
                : null,
            roles = ApiRoles.All,
            roleNames = ApiRoles.Described.Select(r => new { code = r.Code, label = r.Label, may = r.May }),
            recordStatuses = RecordStatuses.All.Select(s => new
            {
                code = s.Code, label = s.Label, meaning = s.Meaning, colour = "#" + s.Fill[2..], candidate = s.Candidate, covered = s.Covered,
            }),
        }));
    }

    public static async Task<IResult> DevelopmentSignIn(ApiRequest request)
    {
        var host = request.Service<IOptions<ApiHostOptions>>().Value;
        var signIn = request.Context.RequestServices.GetService(typeof(DevelopmentSignIn)) as DevelopmentSignIn;
        if (!host.DevelopmentSignIn || signIn is null)
        {
            return ApiResults.NotFound("Masuk pengembangan hanya tersedia pada 'pipeline serve'.");
        }

        if (!Auth.DevelopmentSignIn.IsLoopback(request.Context.Connection.RemoteIpAddress))
        {
            return ApiResults.Forbidden("Masuk pengembangan hanya dari komputer ini (127.0.0.1).");
        }

        if (!Auth.DevelopmentSignIn.IsSameOrigin(request.Context.Request))
        {
            return ApiResults.Forbidden("Masuk pengembangan hanya dari halaman server ini sendiri.");
        }

        var body = await request.ReadJsonAsync<SignInBody>();
        var name = body?.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 60 || body!.Roles is not { Length: > 0 } roles || roles.Any(r => !ApiRoles.All.Contains(r)))
        {
            return ApiResults.BadRequest("Isi nama dan pilih peran (viewer, reviewer, approver, admin).");
        }

        return ApiResults.Ok(new { token = signIn.Issue(name, roles.Distinct(), TimeSpan.FromHours(8)), name, roles });
    }

    public static async Task<IResult> Me(ApiRequest request)
    {
        var gazetteer = request.Service<Gazetteer>();
        var caller = request.Caller;
        if (UserIds.IsValid(caller.Id))
        {
            // Remembered so an admin can pick this person when assigning a kecamatan (never a worker's data).
            await request.Service<RoleAssignmentStore>().RecordSignInAsync(
                caller.Id, UserIds.CleanDisplayName(caller.Name, out var valid) is { } name && valid ? name : null, caller.Roles,
                request.Service<TimeProvider>().GetUtcNow(), request.Aborted);
        }

        return ApiResults.Ok(new
        {
            id = caller.Id,
            name = caller.Name,
            roles = caller.Roles.Order(StringComparer.Ordinal),
            kecamatanCode = caller.KecamatanCode,
            kecamatanName = caller.KecamatanCode is null ? null : gazetteer.KecamatanName(caller.KecamatanCode),
            scopedToKecamatan = caller.IsScopedToKecamatan,
        });
    }

    public static Task<IResult> Regions(ApiRequest request)
    {
        var gazetteer = request.Service<Gazetteer>();
        return Task.FromResult(ApiResults.Ok(gazetteer.Kecamatan.OrderBy(k => k.Name, StringComparer.Ordinal).Select(k => new
        {
            code = k.Code,
            name = k.Name,
            desa = gazetteer.Desa.Where(d => d.ParentCode == k.Code).OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => new { code = d.Code, name = d.Name }),
        })));
    }
}
