using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using Pipeline.Core.Model;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Cohort;

/// <summary>Cohort members to table entities and back: storage keeps what the domain decided, field by field.</summary>
public static class CohortMapper
{
    public static CohortEntity ToEntity(CohortMember m) => new()
    {
        PartitionKey = m.State.ToCode(),
        RowKey = m.PersonId,
        Kind = m.Kind.ToCode(),
        Kpj = m.Kpj,
        RegisterStatus = m.RegisterStatus,
        ListingId = m.ListingId,
        ListingKey = m.ListingKey,
        Nik = m.Details?.Nik,
        Name = m.Details?.Name,
        NameKey = m.Details?.NameKey,
        BirthPlace = m.Details?.BirthPlace,
        BirthDate = RecordMapper.FormatDate(m.Details?.BirthDate),
        Sex = m.Details?.Sex?.ToString(),
        Address = m.Details?.Address,
        DesaCode = m.Details?.DesaCode,
        KecamatanCode = m.Details?.KecamatanCode,
        Phone = m.Details?.Phone,
        Occupation = m.Details?.Occupation,
        NoKk = m.Details?.NoKk,
        ExportId = m.ExportId,
        SubmittedOn = RecordMapper.FormatDate(m.SubmittedOn),
        FundedFrom = m.FundedFrom?.ToString(),
        ConfirmedBy = m.ConfirmedBy,
        Refusal = m.Refusal,
        EndedFrom = m.EndedFrom?.ToString(),
        EndReason = m.EndReason?.ToCode(),
        EndNote = m.EndNote,
        EndedBy = m.EndedBy,
        StopExportId = m.StopExportId,
        Flag = m.Flag == CohortFlag.None ? null : m.Flag.ToCode(),
        FlagNote = m.FlagNote,
        ChangedAt = m.ChangedAt,
        ChangedBy = m.ChangedBy,
        ChangedByName = m.ChangedByName,
    };

    /// <param name="withDetails">False for an entity read with <see cref="CohortEntity.ViewColumns"/>.</param>
    public static CohortMember ToMember(CohortEntity e, bool withDetails = true) => new()
    {
        PersonId = e.RowKey,
        // The partition is "{scope}:{state}".
        State = CohortStates.Parse(e.PartitionKey[(e.PartitionKey.LastIndexOf(':') + 1)..]),
        Kind = RecordStatuses.TryParse(e.Kind, out var kind) ? kind : RecordStatus.New,
        Kpj = e.Kpj,
        RegisterStatus = e.RegisterStatus,
        ListingId = e.ListingId,
        ListingKey = e.ListingKey,
        Details = withDetails
            ? new CohortDetails(e.Nik, e.Name, e.NameKey, e.BirthPlace, RecordMapper.ParseDate(e.BirthDate), RecordMapper.ParseSex(e.Sex), e.Address,
                e.DesaCode, e.KecamatanCode, e.Phone, e.Occupation, e.NoKk)
            : null,
        ExportId = e.ExportId,
        SubmittedOn = RecordMapper.ParseDate(e.SubmittedOn),
        FundedFrom = ParseMonth(e.FundedFrom),
        ConfirmedBy = e.ConfirmedBy,
        Refusal = e.Refusal,
        EndedFrom = ParseMonth(e.EndedFrom),
        EndReason = CohortEndReasons.TryParse(e.EndReason, out var reason) ? reason : null,
        EndNote = e.EndNote,
        EndedBy = e.EndedBy,
        StopExportId = e.StopExportId,
        Flag = CohortFlags.Parse(e.Flag),
        FlagNote = e.FlagNote,
        ChangedAt = e.ChangedAt,
        ChangedBy = e.ChangedBy,
        ChangedByName = e.ChangedByName,
    };

    /// <summary>A stored month (<c>yyyy-MM</c>), or null when none is stored.</summary>
    public static YearMonth? ParseMonth(string? text) => YearMonth.TryParse(text, out var month) ? month : null;

    /// <summary>What the audit trail keeps of a member: states, ids, months and reasons; never a NIK, name or phone.</summary>
    public static object AuditState(CohortMember? m) => m is null
        ? new { state = "-" }
        : new
        {
            state = m.State.ToCode(),
            kind = m.Kind.ToCode(),
            kpj = m.Kpj,
            listing = m.ListingId,
            export = m.ExportId,
            fundedFrom = m.FundedFrom?.ToString(),
            endedFrom = m.EndedFrom?.ToString(),
            endReason = m.EndReason?.ToCode(),
            stopExport = m.StopExportId,
            flag = m.Flag == CohortFlag.None ? null : m.Flag.ToCode(),
            refusal = m.Refusal,
            submittedOn = RecordMapper.FormatDate(m.SubmittedOn),
        };
}
