using Azure;
using Azure.Data.Tables;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Review;
using Pipeline.Storage.Ingest;

namespace Pipeline.Storage.Tables;

/// <summary>
/// The one owner of the <c>Reviews</c> table: ingest replaces an upload's pairs with the ones its matching found, a
/// decision closes pairs, the queue and the maker-checker rule read them (as <see cref="ReviewPair"/>s).
/// </summary>
public sealed class ReviewStore(PipelineStorage storage)
{
    /// <summary>Range reads in flight at once when the pairs of several records are read.</summary>
    private const int ReadsInFlight = 8;

    private TableClient Reviews => storage.Table(StorageNames.ReviewsTable);

    /// <summary>
    /// Makes the table hold exactly this version of the upload's pairs, all pending (a new version of a file replaces
    /// its pairs, decided ones included: the decisions live on in <c>Decisions</c>). Safe to repeat.
    /// </summary>
    public async Task ReplaceAsync(UploadIdentity upload, IReadOnlyList<ReviewCandidate> reviews, bool replacesEarlierVersion, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var entities = reviews.Select(r => ToEntity(upload, r, now)).ToList();
        await BatchWriter.SubmitAsync(Reviews, entities, TableTransactionActionType.UpsertReplace, cancellationToken);
        if (replacesEarlierVersion)
        {
            await BatchWriter.DeleteOthersAsync(Reviews, upload.Key, entities.Select(e => e.RowKey).ToHashSet(), cancellationToken);
        }
    }

    /// <summary>Every open pair (the queue is small: about 2 % of valid rows).</summary>
    public Task<IReadOnlyList<ReviewPair>> PendingAsync(CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"Decision eq {ReviewEntity.Pending}"), cancellationToken);

    /// <summary>Every pair closed by a decision (who decided which records: the maker-checker rule).</summary>
    public Task<IReadOnlyList<ReviewPair>> DecidedAsync(CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"Decision ne {ReviewEntity.Pending}"), cancellationToken);

    /// <summary>Every pair of one record under review (its partition, row keys starting with the record's row).</summary>
    public Task<IReadOnlyList<ReviewPair>> PairsOfAsync(RecordId record, CancellationToken cancellationToken)
    {
        var prefix = record.PaddedRow + "-";
        return QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {record.UploadKey} and RowKey ge {prefix} and RowKey lt {prefix + "\uffff"}"), cancellationToken);
    }

    /// <summary>
    /// The open pairs of these records under review (a range read of each record's rows, a few side by side): what the
    /// queue index checks its entries against, so an entry left stale never shows a decided item.
    /// </summary>
    public async Task<IReadOnlyList<ReviewPair>> PendingOfAsync(IEnumerable<RecordId> subjects, CancellationToken cancellationToken)
    {
        var ofEach = subjects.Distinct().ToList();
        var found = new IReadOnlyList<ReviewPair>[ofEach.Count];
        await Parallel.ForAsync(0, ofEach.Count, new ParallelOptions { MaxDegreeOfParallelism = ReadsInFlight, CancellationToken = cancellationToken },
            async (i, token) => found[i] = await PairsOfAsync(ofEach[i], token));
        return [.. found.SelectMany(pairs => pairs).Where(p => p.IsPending)];
    }

    /// <summary>
    /// Writes the pairs a decision closed: only the decision's columns, each conditional on the version the decision
    /// read, so a pair that changed meanwhile (a new version of its file) is not overwritten.
    /// </summary>
    /// <exception cref="RequestFailedException">412 or 404: a pair changed or vanished since it was read.</exception>
    public async Task CloseAsync(IEnumerable<ReviewPair> closed, CancellationToken cancellationToken)
    {
        foreach (var pair in closed)
        {
            var entity = new TableEntity(pair.Subject.UploadKey, RowKeyOf(pair.Subject, pair.Candidate))
            {
                [nameof(ReviewEntity.Decision)] = pair.Status.ToCode(),
                [nameof(ReviewEntity.DecidedAs)] = pair.DecidedAs?.ToCode(),
                [nameof(ReviewEntity.ReasonCode)] = pair.ReasonCode,
                [nameof(ReviewEntity.Note)] = pair.Note,
                [nameof(ReviewEntity.DecidedBy)] = pair.DecidedBy,
                [nameof(ReviewEntity.DecidedByName)] = pair.DecidedByName,
                [nameof(ReviewEntity.DecidedAt)] = pair.DecidedAt,
            };
            await Reviews.UpdateEntityAsync(entity, new ETag(pair.Version), TableUpdateMode.Merge, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<ReviewPair>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var list = new List<ReviewPair>();
        await foreach (var entity in Reviews.QueryAsync<ReviewEntity>(filter, cancellationToken: cancellationToken))
        {
            if (ToPair(entity) is { } pair)
            {
                list.Add(pair);
            }
        }

        return list;
    }

    private static string RowKeyOf(RecordId subject, CandidateRef candidate) => subject.PaddedRow + "-" + TableKey.Encode(candidate.ToString(), 300);

    private static ReviewEntity ToEntity(UploadIdentity upload, ReviewCandidate review, DateTimeOffset now) => new()
    {
        PartitionKey = upload.Key,
        RowKey = RowKeyOf(review.RecordId, review.Candidate),
        RecordId = review.RecordId.ToString(),
        UploadPath = upload.Path,
        SourceRow = review.RecordId.SourceRow,
        CandidateId = review.Candidate.ToString(),
        CandidatePersonId = review.CandidatePersonId,
        Score = review.Score,
        Explanation = review.Explanation,
        CreatedAt = now,
    };

    /// <summary>A stored pair as the domain sees it; a row that names no record or candidate (written by hand) is skipped.</summary>
    private static ReviewPair? ToPair(ReviewEntity e) =>
        !RecordId.TryParse(e.RecordId, out var subject) || !CandidateRef.TryParse(e.CandidateId, out var candidate)
            ? null
            : new ReviewPair(subject, e.UploadPath, candidate, e.CandidatePersonId, e.Score, e.Explanation, e.CreatedAt, e.ETag.ToString())
            {
                Status = PairStatusText.Parse(e.Decision),
                DecidedAs = DecisionKindText.TryParse(e.DecidedAs ?? e.Decision, out var kind) ? kind : null,
                ReasonCode = e.ReasonCode,
                Note = e.Note,
                DecidedBy = e.DecidedBy,
                DecidedByName = e.DecidedByName,
                DecidedAt = e.DecidedAt,
            };
}
