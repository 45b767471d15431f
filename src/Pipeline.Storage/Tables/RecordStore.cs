using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;

namespace Pipeline.Storage.Tables;

/// <summary>The <c>Records</c> and <c>Reviews</c> tables: one upload's rows in, the matching index out.</summary>
public sealed class RecordStore(PipelineStorage storage, IOptions<MatchOptions> matching)
{
    private static readonly string AcceptedFilter = string.Join(" or ",
        new[] { RecordStatus.New, RecordStatus.Duplicate, RecordStatus.Enrolled, RecordStatus.Review }
            .Select(s => $"Status eq '{s.ToCode()}'"));

    private TableClient Records => storage.Table(StorageNames.RecordsTable);
    private TableClient Reviews => storage.Table(StorageNames.ReviewsTable);

    /// <summary>
    /// Makes the tables hold exactly this version of the upload: rows upserted, rows the new version no longer
    /// has deleted, review items replaced. Safe to repeat: a retry after a fault converges to the same state.
    /// </summary>
    public async Task ReplaceUploadAsync(
        string uploadKey,
        string uploadPath,
        IReadOnlyList<ProcessedRow> rows,
        IReadOnlyList<ReviewCandidate> reviews,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var entities = rows.Select(r => RecordMapper.ToEntity(uploadKey, uploadPath, r.Record)).ToList();
        await BatchWriter.SubmitAsync(Records, entities, TableTransactionActionType.UpsertReplace, cancellationToken);
        await BatchWriter.DeleteOthersAsync(Records, uploadKey, entities.Select(e => e.RowKey).ToHashSet(), cancellationToken);

        var reviewEntities = reviews.Select(r => ToReviewEntity(uploadKey, uploadPath, r, now)).ToList();
        await BatchWriter.SubmitAsync(Reviews, reviewEntities, TableTransactionActionType.UpsertReplace, cancellationToken);
        await BatchWriter.DeleteOthersAsync(Reviews, uploadKey, reviewEntities.Select(e => e.RowKey).ToHashSet(), cancellationToken);
    }

    /// <summary>
    /// Every accepted record of every other upload: as the matching index, and as listings for keeping one
    /// <c>new</c> listing per person. The upload being processed is left out because its new version
    /// replaces its earlier rows.
    /// </summary>
    public async Task<StoredPeople> LoadStoredPeopleAsync(string excludeUploadKey, CancellationToken cancellationToken)
    {
        var index = new PersonIndex(matching.Value);
        var listings = new List<PrimaryListings.Listing>();
        var filter = $"PartitionKey ne '{excludeUploadKey}' and ({AcceptedFilter})";
        await foreach (var entity in Records.QueryAsync<RecordEntity>(filter, select: RecordEntity.MatchColumns, cancellationToken: cancellationToken))
        {
            if (string.IsNullOrEmpty(entity.PersonId))
            {
                continue;
            }

            var fields = new MatchFields(
                entity.Nik, entity.Name, entity.NameKey, RecordMapper.ParseDate(entity.BirthDate),
                RecordMapper.ParseSex(entity.Sex), entity.DesaCode, entity.Phone);
            var recordId = RecordMapper.RecordId(entity);
            index.Add(new KnownRecord(recordId, entity.PersonId, entity.UploadPath, fields, entity.SourceRow));
            listings.Add(new PrimaryListings.Listing(recordId, entity.PersonId, RecordStatusText.Parse(entity.Status)));
        }

        return new StoredPeople(index, listings);
    }

    /// <summary>The rows of this upload's stored version, read before a new version replaces them.</summary>
    public async Task<IReadOnlyList<PreviousVersion.Row>> ReadPreviousVersionAsync(string uploadKey, CancellationToken cancellationToken)
    {
        var rows = new List<PreviousVersion.Row>();
        await foreach (var entity in Records.QueryAsync<RecordEntity>(
                           e => e.PartitionKey == uploadKey, select: ["PersonId", "Status", "Nik"], cancellationToken: cancellationToken))
        {
            if (!string.IsNullOrEmpty(entity.PersonId))
            {
                rows.Add(new PreviousVersion.Row(entity.PersonId, RecordStatusText.Parse(entity.Status), entity.Nik));
            }
        }

        return rows;
    }

    /// <summary>
    /// Makes a listing of another upload the person's <c>new</c> one (its first listing was removed) and
    /// recounts that upload's statuses. Safe to repeat.
    /// </summary>
    public async Task PromoteAsync(PrimaryListings.Listing listing, CancellationToken cancellationToken)
    {
        var separator = listing.RecordId.LastIndexOf(':');
        var partition = listing.RecordId[..separator];
        var row = TableKeys.RowKey(int.Parse(listing.RecordId[(separator + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        var entity = (await Records.GetEntityAsync<RecordEntity>(partition, row, cancellationToken: cancellationToken)).Value;
        var codes = entity.Issues.Split(';', StringSplitOptions.RemoveEmptyEntries);
        var messages = (entity.Messages ?? "").Split('\n');
        var keep = Enumerable.Range(0, codes.Length).Where(i => !PrimaryListings.IsDuplicateCode(codes[i])).ToList();
        entity.Status = RecordStatus.New.ToCode();
        entity.Issues = string.Join(';', keep.Select(i => codes[i]));
        entity.Messages = string.Join('\n', keep.Where(i => i < messages.Length).Select(i => messages[i]));
        await Records.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
        await RecountUploadAsync(entity.UploadPath, partition, cancellationToken);
    }

    private async Task RecountUploadAsync(string uploadPath, string uploadKey, CancellationToken cancellationToken)
    {
        var (pk, rk) = UploadEntity.KeysFor(uploadPath);
        var uploads = storage.Table(StorageNames.UploadsTable);
        var lookup = await uploads.GetEntityIfExistsAsync<UploadEntity>(pk, rk, cancellationToken: cancellationToken);
        if (!lookup.HasValue || lookup.Value is not { } upload)
        {
            return;
        }

        var counts = new StatusCounts();
        await foreach (var r in Records.QueryAsync<RecordEntity>(e => e.PartitionKey == uploadKey, select: ["Status"], cancellationToken: cancellationToken))
        {
            counts.Add(RecordStatusText.Parse(r.Status));
        }

        upload.New = counts[RecordStatus.New];
        upload.Duplicate = counts[RecordStatus.Duplicate];
        await uploads.UpdateEntityAsync(upload, upload.ETag, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>One upload's rows in sheet order (for exports).</summary>
    public IAsyncEnumerable<RecordEntity> ReadUploadAsync(string uploadKey, CancellationToken cancellationToken) =>
        Records.QueryAsync<RecordEntity>(e => e.PartitionKey == uploadKey, cancellationToken: cancellationToken);

    private static ReviewEntity ToReviewEntity(string uploadKey, string uploadPath, ReviewCandidate review, DateTimeOffset now)
    {
        var row = RowOf(review.RecordId);
        return new ReviewEntity
        {
            PartitionKey = uploadKey,
            RowKey = TableKeys.RowKey(row) + "-" + TableKeys.Clean(review.CandidateRecordId),
            RecordId = review.RecordId,
            UploadPath = uploadPath,
            SourceRow = row,
            CandidateId = review.CandidateRecordId,
            CandidatePersonId = review.CandidatePersonId,
            Score = review.Score,
            Explanation = review.Explanation,
            CreatedAt = now,
        };
    }

    private static int RowOf(string recordId) =>
        int.Parse(recordId[(recordId.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
}
