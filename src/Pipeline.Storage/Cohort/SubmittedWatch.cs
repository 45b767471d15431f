using Pipeline.Core.Cohort;
using Pipeline.Core.Matching;

namespace Pipeline.Storage.Cohort;

/// <summary>
/// What a register export streaming in says of the people waiting for BPJS's answer: the rows that show one of them
/// (by the KPJ proposed, else the NIK) with a covered status. Memory follows the submitted people (a few lists), never
/// the export's rows: a register of millions streams past it.
/// </summary>
/// <remarks>
/// Taken before the export streams (<see cref="ConfirmationService.WatchSubmittedAsync"/>), offered every row, told
/// the rows that lost to a more recent row of their NIK, and then applied under the lease
/// (<see cref="ConfirmationService.ConfirmByRegisterAsync"/>), which reads the submitted people again: someone
/// submitted meanwhile waits for the next export.
/// </remarks>
public sealed class SubmittedWatch
{
    private readonly HashSet<string> _kpjs;
    private readonly HashSet<string> _niks;
    private readonly MembershipRule _membership;
    private readonly Dictionary<int, (string Kpj, string? Nik)> _seen = [];

    internal SubmittedWatch(IEnumerable<CohortMember> submitted, MembershipRule membership)
    {
        var people = submitted.ToList();
        _kpjs = people.Select(m => m.Kpj).OfType<string>().ToHashSet(StringComparer.Ordinal);
        _niks = people.Select(m => m.Details?.Nik).OfType<string>().ToHashSet(StringComparer.Ordinal);
        _membership = membership;
    }

    /// <summary>Nobody waits for an answer: nothing to look for.</summary>
    public bool IsEmpty => _kpjs.Count == 0 && _niks.Count == 0;

    /// <summary>A row of the export; kept when it shows a submitted person as covered.</summary>
    public void Offer(int sourceRow, string kpj, string? nik, string? membershipStatus)
    {
        if ((_kpjs.Contains(kpj) || (nik is not null && _niks.Contains(nik))) && _membership.Classify(membershipStatus) == Membership.Covered)
        {
            _seen[sourceRow] = (kpj, nik);
        }
    }

    /// <summary>Rows that lost to a more recent row of their NIK: what they said does not count.</summary>
    public void Drop(IEnumerable<int> sourceRows)
    {
        foreach (var row in sourceRows)
        {
            _seen.Remove(row);
        }
    }

    /// <summary>The KPJ the register shows a submitted person active under (by the KPJ proposed, else the NIK), or null.</summary>
    internal string? CoveredKpjOf(CohortMember member)
    {
        var rows = _seen.Values;
        return (member.Kpj is { } kpj && rows.Any(r => r.Kpj == kpj) ? kpj : null)
               ?? (member.Details?.Nik is { } nik ? rows.Where(r => r.Nik == nik).Select(r => r.Kpj).FirstOrDefault() : null);
    }

    /// <summary>Any row showed a submitted person active.</summary>
    internal bool FoundAny => _seen.Count > 0;
}
