using Azure.Data.Tables;
using Pipeline.Core.Review;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Review;

/// <summary>
/// The <c>Decisions</c> table: decisions in, decisions out. Ingest reads them through <see cref="DecisionBookCache"/>,
/// which is also the only writer (every write is logged there first, so each process's book follows it).
/// </summary>
public sealed class DecisionStore(PipelineStorage storage)
{
    private TableClient Decisions => storage.Table(StorageNames.DecisionsTable);

    /// <summary>Every decision (the book's content; the maker-checker rule reads who decided what).</summary>
    public async Task<IReadOnlyList<Decision>> ListAsync(CancellationToken cancellationToken)
    {
        var decisions = new List<Decision>();
        await foreach (var entity in Decisions.QueryAsync<DecisionEntity>(cancellationToken: cancellationToken))
        {
            if (ToDecision(entity) is { } decision)
            {
                decisions.Add(decision);
            }
        }

        return decisions;
    }

    /// <summary>The decision stored under a key (one point read), or null when none is.</summary>
    /// <param name="rejection">Whether the key is a rejected identity's (partition <c>reject</c>) or an identity pair's (<c>pair</c>).</param>
    public async Task<Decision?> GetAsync(bool rejection, string key, CancellationToken cancellationToken)
    {
        var row = await Decisions.GetEntityIfExistsAsync<DecisionEntity>(rejection ? DecisionEntity.RejectPartition : DecisionEntity.PairPartition, key, cancellationToken: cancellationToken);
        return row.HasValue ? ToDecision(row.Value!) : null;
    }

    /// <summary>
    /// Idempotent: the same pair decided again replaces its row. Only through <see cref="DecisionBookCache.SaveAsync"/>,
    /// which logs the keys first: a row written behind the log's back would not reach the books other processes hold.
    /// </summary>
    internal async Task SaveAsync(IEnumerable<Decision> decisions, string reviewItem, CancellationToken cancellationToken)
    {
        foreach (var decision in decisions)
        {
            await Decisions.UpsertEntityAsync(ToEntity(decision, reviewItem), TableUpdateMode.Replace, cancellationToken);
        }
    }

    public static DecisionEntity ToEntity(Decision decision, string? reviewItem) => new()
    {
        PartitionKey = decision.Kind == DecisionKind.Reject ? DecisionEntity.RejectPartition : DecisionEntity.PairPartition,
        RowKey = decision.Key,
        Kind = decision.Kind.ToCode(),
        SubjectNik = decision.Subject.Nik,
        SubjectNameKey = decision.Subject.NameKey,
        SubjectBirthDate = RecordMapper.FormatDate(decision.Subject.BirthDate),
        OtherNik = decision.Other?.Nik,
        OtherNameKey = decision.Other?.NameKey,
        OtherBirthDate = RecordMapper.FormatDate(decision.Other?.BirthDate),
        OtherKpj = decision.OtherKpj,
        ReasonCode = decision.ReasonCode,
        Note = decision.Note,
        DecidedBy = decision.DecidedBy,
        DecidedAt = decision.DecidedAt,
        ReviewItem = reviewItem,
        ChosenNik = decision.Chosen?.Nik,
        ChosenName = decision.Chosen?.Name,
        ChosenBirthDate = decision.Chosen?.Get("birthDate"),
        ChosenSex = decision.Chosen?.Get("sex"),
        ChosenBirthPlace = decision.Chosen?.BirthPlace,
    };

    public static Decision? ToDecision(DecisionEntity entity)
    {
        if (!DecisionKindText.TryParse(entity.Kind, out var kind))
        {
            return null;
        }

        var subject = new PersonIdentity(entity.SubjectNik, entity.SubjectNameKey, RecordMapper.ParseDate(entity.SubjectBirthDate));
        PersonIdentity? other = kind == DecisionKind.Reject
            ? null
            : new PersonIdentity(entity.OtherNik, entity.OtherNameKey, RecordMapper.ParseDate(entity.OtherBirthDate));
        var chosen = kind == DecisionKind.Same && (entity.ChosenNik ?? entity.ChosenName ?? entity.ChosenBirthDate) is not null
            ? new PersonDetails(entity.ChosenNik, entity.ChosenName, RecordMapper.ParseDate(entity.ChosenBirthDate), RecordMapper.ParseSex(entity.ChosenSex), entity.ChosenBirthPlace)
            : null;
        return new Decision(kind, subject, other, entity.OtherKpj, entity.ReasonCode, entity.Note, entity.DecidedBy, entity.DecidedAt, chosen);
    }
}
