using System.Globalization;
using Microsoft.AspNetCore.Http;
using Pipeline.Api.Routing;
using Pipeline.Core.Door;
using Pipeline.Core.Model;
using Pipeline.Core.Reporting;
using Pipeline.Core.Validation;
using Pipeline.Storage.Door;

namespace Pipeline.Api.Door;

/// <summary>
/// Who may use the village door: whoever holds an active link, for that link's desa only. Every door handler starts
/// here; nothing of a desa is read before the link is known, and nothing of any other desa can be named afterwards.
/// </summary>
public static class DoorAccess
{
    /// <summary>The opened link and its desa's folder.</summary>
    public sealed record Opened(UploadLink Link, DesaFolder Folder);

    /// <summary>
    /// The link the route's token opens (refused when unknown, revoked, expired or over its request limit). An unknown
    /// token and text that is no token get byte-for-byte the same answer, so links cannot be found by trying.
    /// </summary>
    public static async Task<(Opened? Door, IResult? Refusal)> OpenAsync(ApiRequest request)
    {
        var link = await request.Service<UploadLinkStore>().OpenAsync(request.Route("token"), request.Aborted);
        var folder = link is null ? null : DesaFolder.Of(request.Service<Gazetteer>(), link.DesaCode);
        if (link is null || folder is null)
        {
            return (null, Refuse(StatusCodes.Status404NotFound, IssueCatalog.LinkUnknown.Create()));
        }

        switch (link.StateAt(request.Service<TimeProvider>().GetUtcNow()))
        {
            case UploadLinkState.Revoked:
                return (null, Refuse(StatusCodes.Status410Gone, IssueCatalog.LinkRevoked.Create()));
            case UploadLinkState.Expired:
                return (null, Refuse(StatusCodes.Status410Gone, IssueCatalog.LinkExpired.Create(IndonesianFormat.ShortDate(link.LastDay))));
        }

        if (request.Service<DoorRateLimits>().TryRequest(link.Id) is { } wait)
        {
            return (null, TooMany(request, wait));
        }

        return (new Opened(link, folder), null);
    }

    /// <summary>A refusal of the door: a problem body with the issue's code and Indonesian message, and nothing that varies per request.</summary>
    public static IResult Refuse(int status, Issue issue) =>
        Results.Json(new DoorProblem(issue.Code, status, issue.Message), contentType: "application/problem+json", statusCode: status);

    /// <summary>429 with Retry-After, for a link over one of its limits.</summary>
    public static IResult TooMany(ApiRequest request, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        request.Context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Refuse(StatusCodes.Status429TooManyRequests, IssueCatalog.UploadTooMany.Create(Math.Max(1, (seconds + 59) / 60)));
    }

    /// <summary>RFC 9457 problem details: <c>title</c> is the stable issue code, <c>detail</c> what the page shows.</summary>
    public sealed record DoorProblem(string Title, int Status, string Detail)
    {
        public string Type => "about:blank";
    }
}
