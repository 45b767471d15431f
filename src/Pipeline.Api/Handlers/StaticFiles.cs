using Microsoft.AspNetCore.Http;
using Pipeline.Api.Routing;

namespace Pipeline.Api.Handlers;

/// <summary>
/// The page, served from resources embedded in this assembly (no CDN, nothing on disk to deploy). A strict
/// content security policy: scripts and styles only from this origin, no inline script.
/// </summary>
public static class StaticFiles
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' https://login.microsoftonline.com; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".ico"] = "image/x-icon",
    };

    public static Task<IResult> Serve(ApiRequest request)
    {
        var file = request.Route("file");
        return ServeFile(request, file.Length == 0 ? "index.html" : file);
    }

    /// <summary>One embedded file (the village page serves <c>desa.html</c> under <c>/desa/{token}</c> this way).</summary>
    public static Task<IResult> ServeFile(ApiRequest request, string file)
    {
        var type = ContentTypes.GetValueOrDefault(Path.GetExtension(file));
        var stream = type is null ? null : typeof(StaticFiles).Assembly.GetManifestResourceStream("wwwroot/" + file);
        if (stream is null)
        {
            return Task.FromResult(ApiResults.NotFound("Halaman tidak ditemukan."));
        }

        var headers = request.Context.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.CacheControl = "no-cache";
        return Task.FromResult(Results.Stream(stream, type));
    }
}
