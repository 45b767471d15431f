using Azure;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Http;
using Pipeline.Api.Routing;
using Pipeline.Storage.Review;

namespace Pipeline.Api.Handlers;

/// <summary>
/// Every download of a file that names workers (result workbooks, summaries, the list for BPJS) leaves an audit row
/// before the first byte leaves: who took which file, when.
/// </summary>
public static class DownloadAudit
{
    /// <param name="actor">Who, when not the signed-in caller (the village door names the link and its desa).</param>
    public static Task RecordAsync(ApiRequest request, string what, string target, AuditLog.Actor? actor = null)
    {
        var now = request.Service<TimeProvider>().GetUtcNow();
        var who = actor ?? request.Actor;
        return request.Service<AuditLog>().AppendAsync(
            who, now, "download." + what, target, before: null, after: null, why: null,
            idempotencyKey: $"download.{what}:{target}:{who.Id}:{now.UtcTicks}", request.Aborted);
    }

    /// <summary>
    /// Hands out a stored file: audited once the blob is found, then streamed. When the blob is not there, the
    /// refusal <paramref name="notFound"/> (404) and no audit row.
    /// </summary>
    /// <param name="notFound">What the official is told (Indonesian) when the file is not there.</param>
    public static async Task<IResult> StreamAsync(ApiRequest request, BlobClient blob, string what, string target, string contentType, string fileName, string notFound)
    {
        try
        {
            var download = await blob.DownloadStreamingAsync(cancellationToken: request.Aborted);
            await RecordAsync(request, what, target);
            return Results.Stream(download.Value.Content, contentType, fileName);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return ApiResults.NotFound(notFound);
        }
    }
}
