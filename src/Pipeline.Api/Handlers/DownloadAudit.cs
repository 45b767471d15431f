using Pipeline.Api.Routing;
using Pipeline.Storage.Review;

namespace Pipeline.Api.Handlers;

/// <summary>
/// Every download of a file that names workers (result workbooks, summaries, the list for BPJS) leaves an audit row
/// before the first byte leaves: who took which file, when.
/// </summary>
public static class DownloadAudit
{
    public static Task RecordAsync(ApiRequest request, string what, string target)
    {
        var now = request.Service<TimeProvider>().GetUtcNow();
        return request.Service<AuditLog>().AppendAsync(
            request.Actor, now, "download." + what, target, before: null, after: null, why: null,
            idempotencyKey: $"download.{what}:{target}:{request.Caller.Id}:{now.UtcTicks}", request.Aborted);
    }
}
