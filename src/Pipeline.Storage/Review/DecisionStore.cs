using Azure.Data.Tables;
using Pipeline.Core.Review;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Review;

/// <summary>The <c>Decisions</c> table: decisions in, the decision book out (for ingest and matching).</summary>
public sealed class DecisionStore(PipelineStorage storage)
{
    private TableClient Decisions => storage.Table(StorageNames.DecisionsTable);

    /// <summary>Every decision, for one upload's matching. Read whole: the table holds decided pairs only.</summary>
    public async Task<DecisionBook> LoadBookAsync(CancellationToken cancellationToken) => new(await ListAsync(cancellationToken));

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

    /// <summary>Idempotent: the same pair decided again replaces its row.</summary>
    public async Task SaveAsync(IEnumerable<Decision> decisions, string reviewItem, CancellationToken cancellationToken)
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
