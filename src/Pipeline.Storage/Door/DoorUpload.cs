using Pipeline.Core.Model;

namespace Pipeline.Storage.Door;

/// <summary>
/// One list a desa sent, as its page shows it: the name it was sent under, whether it is still being checked, and
/// the counts and problem of its result.
/// </summary>
/// <param name="Id">The upload key (<see cref="Ingest.UploadIdentity.Key"/>), as the admin API names uploads too.</param>
/// <param name="Name">The file's name inside the desa's folder.</param>
/// <param name="Status"><c>processing</c> (arrived, or arrived again, and not yet done), <c>processed</c> or <c>failed</c>.</param>
/// <param name="Counts">Rows per status; empty while processing or when the file failed.</param>
/// <param name="IssueCode">Why the whole file failed, when it did.</param>
public sealed record DoorUpload(
    string Id, string Name, string Status, DateTimeOffset? SentAt, DateTimeOffset? CompletedAt,
    StatusCounts Counts, int Rows, string? IssueCode, string? Message, string? ResultPath);
