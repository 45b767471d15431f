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
    /// Every accepted record of every other upload, as the matching index. The upload being processed is left
    /// out because its new version replaces its earlier rows.
    /// </summary>
    public async Task<PersonIndex> LoadPersonIndexAsync(string excludeUploadKey, CancellationToken cancellationToken)
    {
        var index = new PersonIndex(matching.Value);
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
            index.Add(new KnownRecord(RecordMapper.RecordId(entity), entity.PersonId, entity.UploadPath, fields, entity.SourceRow));
        }

        return index;
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
