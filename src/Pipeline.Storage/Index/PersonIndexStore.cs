using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using Pipeline.Core.Matching;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Index;

/// <summary>
/// Where a scope's person index lives durably: the state row, snapshot blobs
/// (<c>reference/index/{scope}/snapshot-{version}.bin</c>) and journal blobs
/// (<c>reference/index/{scope}/journal/{version}.bin</c>). Stores bytes and versions; decides nothing.
/// </summary>
public sealed class PersonIndexStore(PipelineStorage storage, IOptions<IngestOptions> options)
{
    private TableClient State => storage.Table(StorageNames.StateTable);

    private string Scope => options.Value.Scope;

    private string Prefix => $"index/{Scope}/";

    public async Task<PersonIndexStateEntity?> ReadStateAsync(CancellationToken cancellationToken)
    {
        var lookup = await State.GetEntityIfExistsAsync<PersonIndexStateEntity>(PersonIndexStateEntity.Partition, Scope, cancellationToken: cancellationToken);
        return lookup.HasValue ? lookup.Value : null;
    }

    /// <summary>Writes the state if nobody changed it since it was read (or, for a new row, if none exists yet).</summary>
    /// <exception cref="RequestFailedException">412/409: someone else changed the index; this holder lost its lease.</exception>
    public async Task<PersonIndexStateEntity> SaveStateAsync(PersonIndexStateEntity state, CancellationToken cancellationToken)
    {
        state.PartitionKey = PersonIndexStateEntity.Partition;
        state.RowKey = Scope;
        return await State.SaveAsync(state, cancellationToken);
    }

    public async Task WriteJournalAsync(long version, IndexDelta delta, CancellationToken cancellationToken) =>
        await Journal(version).UploadAsync(new BinaryData(IndexDeltaCodec.ToBytes(delta)), overwrite: true, cancellationToken);

    /// <returns>The entry, or null when it is gone (a snapshot replaced it).</returns>
    public async Task<IndexDelta?> ReadJournalAsync(long version, CancellationToken cancellationToken)
    {
        try
        {
            var content = await Journal(version).DownloadContentAsync(cancellationToken);
            return IndexDeltaCodec.FromBytes(content.Value.Content);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <returns>Bytes written.</returns>
    public async Task<long> WriteSnapshotAsync(long version, PersonIndex index, CancellationToken cancellationToken)
    {
        var file = TemporaryFile.Create("index");
        await using (file)
        {
            // Upload by upload, so a million records are never all objects at once.
            var uploads = index.Uploads.ToList();
            IndexDeltaCodec.Write(file, uploads.Count, uploads.Select(u => new UploadReplacement(u.Key, u.Path, index.RecordsOf(u.Key))), []);
            file.Position = 0;
            await Snapshot(version).UploadAsync(file, new BlobUploadOptions(), cancellationToken);
            return file.Length;
        }
    }

    /// <summary>Streams a snapshot into <paramref name="index"/>; false when the blob is missing.</summary>
    public async Task<bool> ReadSnapshotAsync(long version, PersonIndex index, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await Snapshot(version).OpenReadAsync(cancellationToken: cancellationToken);
            IndexDeltaCodec.Read(
                stream,
                upload => index.Apply(new IndexDelta([upload], [])),
                change => index.Apply(new IndexDelta([], [change])));
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    /// <summary>Deletes snapshots and journal entries older than the snapshot at <paramref name="snapshotVersion"/>.</summary>
    public async Task PruneAsync(long snapshotVersion, CancellationToken cancellationToken)
    {
        await foreach (var blob in storage.Reference.GetBlobsAsync(BlobTraits.None, BlobStates.None, Prefix, cancellationToken))
        {
            if (VersionOf(blob.Name) is { } version && version <= snapshotVersion && blob.Name != Snapshot(snapshotVersion).Name)
            {
                await storage.Reference.DeleteBlobIfExistsAsync(blob.Name, cancellationToken: cancellationToken);
            }
        }
    }

    private BlobClient Journal(long version) => storage.Reference.GetBlobClient($"{Prefix}journal/{Padded(version)}.bin");

    private BlobClient Snapshot(long version) => storage.Reference.GetBlobClient($"{Prefix}snapshot-{Padded(version)}.bin");

    private static string Padded(long version) => version.ToString("D12", CultureInfo.InvariantCulture);

    private static long? VersionOf(string name)
    {
        var file = name[(name.LastIndexOf('/') + 1)..];
        var digits = file.Replace("snapshot-", "", StringComparison.Ordinal).Replace(".bin", "", StringComparison.Ordinal);
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
    }
}
