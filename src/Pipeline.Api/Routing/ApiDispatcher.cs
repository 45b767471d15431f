using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Pipeline.Api.Auth;
using Pipeline.Storage.Review;

namespace Pipeline.Api.Routing;

/// <summary>
/// The one entry point both front doors call with their <see cref="HttpContext"/>: the Functions app (its
/// catch-all HTTP trigger) and the CLI's Kestrel server. Finds the route in <see cref="ApiRouteTable"/>,
/// authenticates the bearer token, checks the role (and a viewer's kecamatan assignment), runs the handler,
/// writes the answer.
/// </summary>
public sealed class ApiDispatcher(RoleAssignmentStore assignments, ILogger<ApiDispatcher> logger)
{
    public async Task DispatchAsync(HttpContext context)
    {
        SecurityHeaders(context.Response);
        var result = await ResolveAsync(context);
        await result.ExecuteAsync(context);
    }

    private async Task<IResult> ResolveAsync(HttpContext context)
    {
        var method = context.Request.Method == HttpMethods.Head ? HttpMethods.Get : context.Request.Method;
        ApiRoute? route = null;
        Microsoft.AspNetCore.Routing.RouteValueDictionary? values = null;
        var pathMatched = false;
        foreach (var candidate in ApiRouteTable.Routes)
        {
            if (candidate.TryMatch(context.Request.Path, out var matched))
            {
                pathMatched = true;
                if (string.Equals(candidate.Method, method, StringComparison.OrdinalIgnoreCase))
                {
                    (route, values) = (candidate, matched);
                    break;
                }
            }
        }

        if (route is null)
        {
            return pathMatched
                ? ApiResults.Problem(405, "Metode ini tidak didukung untuk alamat ini.")
                : ApiResults.NotFound("Alamat tidak ditemukan.");
        }

        var caller = Caller.Anonymous;
        if (route.Roles is not null)
        {
            var authentication = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
            if (!authentication.Succeeded || authentication.Principal is null || Caller.From(authentication.Principal) is not { IsAuthenticated: true } signedIn)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                return ApiResults.Unauthorized();
            }

            caller = signedIn;
            if (route.Roles.Length > 0 && !route.Roles.Any(caller.IsIn))
            {
                return ApiResults.Forbidden("Peran Anda tidak mengizinkan tindakan ini.");
            }

            if (caller.IsScopedToKecamatan)
            {
                var assignment = await assignments.FindAsync(caller.Id, context.RequestAborted);
                caller = caller with { KecamatanCode = assignment?.KecamatanCode };
            }
        }

        try
        {
            return await route.Handler(new ApiRequest(context, caller, values!));
        }
        catch (ApiRequestException e)
        {
            return ApiResults.Problem(e.Status, e.Message);
        }
        catch (BadHttpRequestException e)
        {
            // The server's own message is English and names its limits; officials read the Indonesian one.
            return e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? ApiResults.Problem(e.StatusCode, "Isi permintaan terlalu besar.", "payload_too_large")
                : ApiResults.BadRequest("Permintaan tidak dapat dibaca. Muat ulang halaman lalu coba lagi.");
        }
        catch (System.Text.Json.JsonException)
        {
            return ApiResults.BadRequest("Isi permintaan bukan JSON yang sah.");
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return Results.Empty;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The type and the route only: exception messages of the storage SDK can quote entity values.
            logger.LogError("API {Method} {Route} failed: {ExceptionType} at {StackTrace}", route.Method, route.Template, e.GetType().FullName, e.StackTrace);
            return ApiResults.Problem(500, "Terjadi kesalahan sistem. Coba lagi; bila berulang, hubungi Disnaker.");
        }
    }

    /// <summary>No sniffing, no framing, no referrer; API answers are never cached (they hold personal data).</summary>
    private static void SecurityHeaders(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-store";
    }
}
