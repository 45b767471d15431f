using System.Globalization;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;

namespace Pipeline.Core.Cohort;

/// <summary>
/// The messages a listing carries because of its person's place in the funded cohort, in one place: they go back
/// to the village, so they say what the village needs (since when funded, which KPJ, BPJS's reason), never another
/// village's file or row.
/// </summary>
public static class CohortNotices
{
    public static Issue Funded(CohortMember member) =>
        IssueCatalog.FundedPemda.Create(member.FundedFrom?.ToIndonesian() ?? "-", member.Kpj ?? "-");

    public static Issue Submitted(CohortMember member) =>
        IssueCatalog.CohortSubmitted.Create(member.ExportId ?? "-", member.SubmittedOn?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "-");

    public static Issue Refused(CohortMember member) =>
        IssueCatalog.BpjsRefused.Create(string.IsNullOrWhiteSpace(member.Refusal) ? "tanpa keterangan" : member.Refusal.Trim());

    public static Issue Ended(CohortMember member) =>
        IssueCatalog.FundingEnded.Create(member.EndedFrom?.ToIndonesian() ?? "-", member.EndReason?.ToIndonesian() ?? "-");

    /// <summary>Why a promoted listing of a lapsed participant is a reactivation: the KPJ and status the cohort kept.</summary>
    public static Issue Reactivate(CohortMember member) =>
        MatchNotices.Reactivate(member.Kpj ?? "-", member.RegisterStatus);
}
