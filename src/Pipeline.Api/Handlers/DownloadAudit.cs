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
}
