namespace Pipeline.Core.Cohort;

/// <summary>
/// The funded cohort as ingest and decisions consult it: every person's place (state, kind, KPJ, months, reasons),
/// without their details, by person id. Loaded once per process and kept current by applying each change; the
/// caller holds the matching lease while it reads or changes it.
/// </summary>
/// <remarks>
/// About 250 bytes a person (the details stay in the table), so a cohort of 300,000 is about 75 MB; a person never
/// in the cohort costs nothing.
/// </remarks>
public sealed class CohortView
{
    private readonly Dictionary<string, CohortMember> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byKpj = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string PersonId, DateOnly BirthDate)> _byNik = new(StringComparer.Ordinal);

    /// <param name="members">Members with their details (the identity is taken from them).</param>
    public CohortView(IEnumerable<CohortMember>? members = null, long version = 0)
    {
        foreach (var member in members ?? [])
        {
            Put(member);
        }

        Version = version;
    }

    /// <summary>A view loaded compactly: each member without details, with the NIK and birth date it is known by.</summary>
    public static CohortView Of(IEnumerable<(CohortMember Member, string? Nik, DateOnly? BirthDate)> members, long version)
    {
        var view = new CohortView(version: version);
        foreach (var (member, nik, birthDate) in members)
        {
            view.Put(member, nik, birthDate);
        }

        return view;
    }

    /// <summary>The committed change this view reflects (0 before any).</summary>
    public long Version { get; set; }

    public int Count => _members.Count;

    public IEnumerable<CohortMember> Members => _members.Values;

    public CohortMember? Find(string? personId) => personId is not null && _members.TryGetValue(personId, out var member) ? member : null;

    /// <summary>The member whose NIK and birth date are these (both known and equal), if any.</summary>
    public CohortMember? FindByIdentity(string? nik, DateOnly? birthDate) =>
        nik is not null && birthDate is { } born && _byNik.TryGetValue(nik, out var known) && known.BirthDate == born ? Find(known.PersonId) : null;

    /// <summary>The member proposed or funded with this KPJ (a reactivation's, or the one BPJS confirmed), if any.</summary>
    public CohortMember? FindByKpj(string? kpj) => kpj is not null && _byKpj.TryGetValue(kpj, out var personId) ? Find(personId) : null;

    /// <summary>Takes each change's state after (without the details, which the view does not keep).</summary>
    public void Apply(IEnumerable<CohortChange> changes) => Apply(changes.Select(c => c.After));

    /// <summary>Takes these members' states (a journal entry replayed).</summary>
    public void Apply(IEnumerable<CohortMember> members)
    {
        foreach (var member in members)
        {
            Put(member);
        }
    }

    private void Put(CohortMember member) => Put(member, member.Details?.Nik, member.Details?.BirthDate);

    private void Put(CohortMember member, string? nik, DateOnly? birthDate)
    {
        _members[member.PersonId] = member.Details is null ? member : member with { Details = null };
        if (nik is not null && birthDate is { } born && member.State != CohortState.Withdrawn)
        {
            _byNik[nik] = (member.PersonId, born);
        }

        if (member.Kpj is { } kpj && member.State != CohortState.Withdrawn)
        {
            _byKpj[kpj] = member.PersonId;
        }
    }
}
