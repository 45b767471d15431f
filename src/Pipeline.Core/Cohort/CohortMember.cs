using System.Globalization;
using Pipeline.Core.Budget;
using Pipeline.Core.Model;

namespace Pipeline.Core.Cohort;

/// <summary>
/// One person of the funded cohort ("peserta dibiayai Pemda") and every transition they may take. The transitions
/// decide and return what changes (<see cref="CohortOutcome"/>); they never write anything, and a state never
/// moves backwards by itself.
/// </summary>
/// <remarks>
/// <para>As in openIMIS's policies and OpenSPP's entitlements: a state once reached is left only by a named
/// transition with an actor; asking for the state a person is already in changes nothing (so replayed files and
/// retried requests are harmless); asking for a move the person cannot make is refused with the reason.</para>
/// <para>The fields of every state stay on the person (a funded person keeps the list that submitted them), so the
/// current row tells the whole story; the audit trail keeps each step with its actor.</para>
/// </remarks>
public sealed record CohortMember
{
    public required string PersonId { get; init; }

    public required CohortState State { get; init; }

    /// <summary><see cref="RecordStatus.New"/>, or <see cref="RecordStatus.Reactivate"/> for a lapsed participant proposed with their KPJ.</summary>
    public RecordStatus Kind { get; init; } = RecordStatus.New;

    /// <summary>The KPJ: the lapsed one of a reactivation, then the one BPJS confirmed.</summary>
    public string? Kpj { get; init; }

    /// <summary>The register's membership status of a reactivation (NON AKTIF ...), for its message.</summary>
    public string? RegisterStatus { get; init; }

    /// <summary>The record that stands for the person (<see cref="RecordId"/> text).</summary>
    public string? ListingId { get; init; }

    /// <summary>Who the person is, for the list; null in the compact view ingest matches with.</summary>
    public CohortDetails? Details { get; init; }

    /// <summary>A fingerprint of the listing the details came from (<see cref="CohortListing.Key"/>): a changed listing refreshes them.</summary>
    public string? ListingKey { get; init; }

    public string? ExportId { get; init; }
    public DateOnly? SubmittedOn { get; init; }

    /// <summary>The first month the regency pays for.</summary>
    public YearMonth? FundedFrom { get; init; }

    /// <summary>What confirmed them: a confirmation file's name, or the register.</summary>
    public string? ConfirmedBy { get; init; }

    /// <summary>BPJS's reason for refusing them.</summary>
    public string? Refusal { get; init; }

    /// <summary>The first month no longer paid for.</summary>
    public YearMonth? EndedFrom { get; init; }
    public CohortEndReason? EndReason { get; init; }
    public string? EndNote { get; init; }

    /// <summary>Who ended the funding: they may not release the stop list that carries it (four eyes).</summary>
    public string? EndedBy { get; init; }

    /// <summary>The stop list ("daftar berhenti") that told BPJS about the end.</summary>
    public string? StopExportId { get; init; }

    public CohortFlag Flag { get; init; }
    public string? FlagNote { get; init; }

    public DateTimeOffset ChangedAt { get; init; }
    public string ChangedBy { get; init; } = "";
    public string? ChangedByName { get; init; }

    /// <summary>A person listed to be paid for joins the cohort as a candidate.</summary>
    public static CohortChange Propose(CohortListing listing, CohortActor actor, DateTimeOffset at, string why)
    {
        var member = new CohortMember { PersonId = listing.PersonId, State = CohortState.Candidate }.WithListing(listing);
        return new CohortChange(null, Stamp(member, actor, at), "cohort.propose", why);
    }

    /// <summary>
    /// The person's primary listing as it is now. A withdrawn person listed again is a candidate again; a
    /// candidate takes the listing's details (a corrected phone, a lapsed KPJ found). Other states keep what BPJS
    /// was told: the listing does not change them.
    /// </summary>
    public CohortOutcome TakeListing(CohortListing listing, CohortActor actor, DateTimeOffset at, string why) => State switch
    {
        CohortState.Withdrawn => Changed(WithListing(listing) with { State = CohortState.Candidate }, "cohort.relist", why, actor, at),
        CohortState.Candidate when ListingKey != listing.Key => Changed(WithListing(listing), "cohort.update", why, actor, at),
        _ => CohortOutcome.Unchanged,
    };

    /// <summary>A candidate whose listing went away (removed from the list, rejected, merged, under review again).</summary>
    public CohortOutcome Withdraw(CohortActor actor, DateTimeOffset at, string why) =>
        State == CohortState.Candidate ? Changed(this with { State = CohortState.Withdrawn }, "cohort.withdraw", why, actor, at) : CohortOutcome.Unchanged;

    /// <summary>On a released list: never on another one.</summary>
    public CohortOutcome Submit(string exportId, DateOnly on, CohortActor actor, DateTimeOffset at) => State switch
    {
        CohortState.Candidate => Changed(this with { State = CohortState.Submitted, ExportId = exportId, SubmittedOn = on }, "cohort.submit", $"dirilis dalam daftar {exportId}", actor, at),
        CohortState.Submitted when ExportId == exportId => CohortOutcome.Unchanged,
        _ => CohortOutcome.Refuse(NotCandidate()),
    };

    /// <summary>BPJS accepted them: funded from <paramref name="from"/>, with the KPJ BPJS gave (or the one known).</summary>
    /// <param name="source">What confirmed them, for the record: a file's name, or "daftar peserta BPJS".</param>
    public CohortOutcome Confirm(string? kpj, YearMonth from, string source, CohortActor actor, DateTimeOffset at)
    {
        var confirmedKpj = string.IsNullOrWhiteSpace(kpj) ? Kpj : kpj.Trim();
        return State switch
        {
            CohortState.Submitted => Changed(
                this with { State = CohortState.Funded, Kpj = confirmedKpj, FundedFrom = from, ConfirmedBy = source },
                "cohort.confirm", $"diterima BPJS ({source}), dibiayai mulai {from.ToIndonesian()}", actor, at),
            CohortState.Funded when FundedFrom == from && (string.IsNullOrWhiteSpace(kpj) || Kpj == confirmedKpj) => CohortOutcome.Unchanged,
            CohortState.Funded => CohortOutcome.Refuse($"sudah dikonfirmasi dibiayai sejak {FundedFrom?.ToIndonesian()} dengan KPJ {Kpj ?? "-"}; konfirmasi yang berbeda tidak diterapkan"),
            CohortState.Refused => CohortOutcome.Refuse($"sudah ditolak BPJS sebelumnya ({Refusal}); usulkan kembali dulu bila BPJS kini menerimanya"),
            _ => CohortOutcome.Refuse(NotSubmitted()),
        };
    }

    /// <summary>BPJS refused them, with its reason: shown to the administrators and, on the listing, to the village.</summary>
    public CohortOutcome Refuse(string reason, string source, CohortActor actor, DateTimeOffset at)
    {
        var why = string.IsNullOrWhiteSpace(reason) ? "tanpa keterangan" : reason.Trim();
        return State switch
        {
            CohortState.Submitted => Changed(this with { State = CohortState.Refused, Refusal = why, ConfirmedBy = source }, "cohort.refuse", $"ditolak BPJS ({source}): {why}", actor, at),
            CohortState.Refused when Refusal == why => CohortOutcome.Unchanged,
            CohortState.Refused => CohortOutcome.Refuse($"sudah ditolak BPJS sebelumnya dengan alasan lain ({Refusal})"),
            CohortState.Funded => CohortOutcome.Refuse($"sudah dikonfirmasi dibiayai sejak {FundedFrom?.ToIndonesian()}; penolakan tidak diterapkan (akhiri pembiayaannya bila memang berhenti)"),
            _ => CohortOutcome.Refuse(NotSubmitted()),
        };
    }

    /// <summary>An approver (or the age rule) ends the funding from a month, for a reason. Never by itself otherwise.</summary>
    public CohortOutcome End(YearMonth from, CohortEndReason reason, string? note, CohortActor actor, DateTimeOffset at) => State switch
    {
        CohortState.Funded when FundedFrom is { } start && from < start =>
            CohortOutcome.Refuse($"bulan berhenti ({from.ToIndonesian()}) sebelum bulan mulai dibiayai ({start.ToIndonesian()})"),
        CohortState.Funded => Changed(
            this with { State = CohortState.Ended, EndedFrom = from, EndReason = reason, EndNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), EndedBy = actor.Id, Flag = CohortFlag.None, FlagNote = null },
            "cohort.end", $"pembiayaan berhenti mulai {from.ToIndonesian()}: {reason.ToIndonesian()}{(string.IsNullOrWhiteSpace(note) ? "" : " (" + note.Trim() + ")")}", actor, at),
        CohortState.Ended when EndedFrom == from && EndReason == reason => CohortOutcome.Unchanged,
        CohortState.Ended => CohortOutcome.Refuse($"pembiayaannya sudah berhenti mulai {EndedFrom?.ToIndonesian()} ({EndReason?.ToIndonesian()})"),
        _ => CohortOutcome.Refuse($"hanya peserta yang sedang dibiayai yang dapat dihentikan; status sekarang: {State.ToIndonesian()}"),
    };

    /// <summary>The stop list that tells BPJS about the end was released.</summary>
    public CohortOutcome SendStop(string stopExportId, CohortActor actor, DateTimeOffset at) => State switch
    {
        CohortState.Ended when StopExportId is null => Changed(this with { StopExportId = stopExportId }, "cohort.stop", $"dikirim ke BPJS dalam daftar berhenti {stopExportId}", actor, at),
        CohortState.Ended when StopExportId == stopExportId => CohortOutcome.Unchanged,
        CohortState.Ended => CohortOutcome.Refuse($"sudah dikirim dalam daftar berhenti {StopExportId}"),
        _ => CohortOutcome.Refuse($"pembiayaannya tidak berhenti; status sekarang: {State.ToIndonesian()}"),
    };

    /// <summary>A question for an administrator about a submitted or funded person; it changes nothing that is paid.</summary>
    public CohortOutcome Raise(CohortFlag flag, string note, CohortActor actor, DateTimeOffset at) =>
        State is CohortState.Submitted or CohortState.Funded && (Flag != flag || FlagNote != note)
            ? Changed(this with { Flag = flag, FlagNote = note }, "cohort.flag", flag.ToIndonesian() + ": " + note, actor, at)
            : CohortOutcome.Unchanged;

    /// <summary>The question is answered (listed again, or an approver keeps funding them).</summary>
    public CohortOutcome Clear(CohortActor actor, DateTimeOffset at, string why) =>
        Flag != CohortFlag.None ? Changed(this with { Flag = CohortFlag.None, FlagNote = null }, "cohort.unflag", why, actor, at) : CohortOutcome.Unchanged;

    /// <summary>
    /// An approver proposes a refused or ended person again (the data was corrected, they came back): a candidate,
    /// carried by the next list. The only way back, and never by itself.
    /// </summary>
    public CohortOutcome Repropose(CohortActor actor, DateTimeOffset at, string why) => State switch
    {
        CohortState.Refused or CohortState.Ended => Changed(
            this with
            {
                State = CohortState.Candidate, ExportId = null, SubmittedOn = null, FundedFrom = null, ConfirmedBy = null, Refusal = null,
                EndedFrom = null, EndReason = null, EndNote = null, EndedBy = null, StopExportId = null, Flag = CohortFlag.None, FlagNote = null,
            },
            "cohort.repropose", why, actor, at),
        _ => CohortOutcome.Refuse($"hanya orang yang ditolak BPJS atau sudah berhenti dibiayai yang dapat diusulkan kembali; status sekarang: {State.ToIndonesian()}"),
    };

    /// <summary>The funded months, for the bill and the budget: only people BPJS confirmed.</summary>
    public FundedPeriod? ToFundedPeriod() =>
        FundedFrom is { } from && State is CohortState.Funded or CohortState.Ended && Details?.Nik is { } nik
            ? new FundedPeriod(PersonId, nik, Kpj, Details.Name ?? "", Details.KecamatanCode, Details.DesaCode, from,
                State == CohortState.Ended ? EndedFrom : null, State == CohortState.Ended ? EndReason?.ToIndonesian() : null)
            : null;

    private CohortMember WithListing(CohortListing listing) => this with
    {
        Kind = listing.Kind,
        Kpj = listing.Kind == RecordStatus.Reactivate ? listing.Kpj : null,
        RegisterStatus = listing.Kind == RecordStatus.Reactivate ? listing.RegisterStatus ?? RegisterStatus : null,
        ListingId = listing.ListingId,
        ListingKey = listing.Key,
        Details = listing.Details,
    };

    private CohortOutcome Changed(CohortMember after, string action, string why, CohortActor actor, DateTimeOffset at) =>
        new(new CohortChange(this, Stamp(after, actor, at), action, why), null);

    private static CohortMember Stamp(CohortMember member, CohortActor actor, DateTimeOffset at) =>
        member with { ChangedAt = at, ChangedBy = actor.Id, ChangedByName = actor.Name };

    private string NotCandidate() => State switch
    {
        CohortState.Submitted => $"sudah diusulkan dalam daftar {ExportId} tanggal {SubmittedOn?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)}",
        _ => $"bukan calon yang akan diusulkan; status sekarang: {State.ToIndonesian()}",
    };

    private string NotSubmitted() => $"tidak sedang menunggu konfirmasi BPJS; status sekarang: {State.ToIndonesian()}";
}
