using Microsoft.Extensions.Options;
using Pipeline.Core.Matching;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Ingest;

/// <summary>The person index an ingest matches against; for now read from the Records table on every upload.</summary>
public sealed class PersonIndexCache(RecordStore records, IOptions<MatchOptions> matching)
{
    private PersonIndex? current;

    public async Task<PersonIndex> CatchUpAsync(CancellationToken cancellationToken) =>
        current = await records.ReadPersonIndexAsync(matching.Value, cancellationToken);

    public Task BeginAsync(IndexDelta delta, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CommitAsync(IndexDelta delta, CancellationToken cancellationToken) => Task.CompletedTask;

    public void Revert(IndexDelta undo) => current?.Apply(undo);

    public void Invalidate() => current = null;
}
