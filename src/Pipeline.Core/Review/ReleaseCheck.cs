using Pipeline.Core.Cohort;

namespace Pipeline.Core.Review;

/// <summary>One person on a prepared list, as it was when the list was made: who, and which listing the row came from.</summary>
public sealed record DraftPerson(string PersonId, string? ListingKey);

/// <summary>
/// A prepared list checked against what happened since it was made, at the moment it is released (under the
/// matching lease, so nothing moves meanwhile): each of its people is still ready to go out, already went out on
/// this very list (a release that a crash interrupted), or stands in the way.
/// </summary>
/// <remarks>
/// A list goes out whole or not at all: when anyone stands in the way (released on another list since, no longer
/// proposed because rejected, merged or removed by their village, or their data changed), the release is refused
/// with the counts, and a new list is to be made. So two lists prepared at the same time and released by two
/// approvers never carry the same person: the second finds them released already.
/// </remarks>
public sealed record ReleaseCheck(int Ready, int AlreadyThisList, int OnAnotherList, int NoLongerProposed, int Changed)
{
    public int Total => Ready + AlreadyThisList + OnAnotherList + NoLongerProposed + Changed;

    /// <summary>Null when the list may go out, else why not, in Indonesian, with the counts.</summary>
    public string? Refusal
    {
        get
        {
            if (Total == 0)
            {
                return "Daftar ini kosong (0 orang) sehingga tidak dapat dirilis.";
            }

            var parts = new List<string>();
            if (OnAnotherList > 0)
            {
                parts.Add($"{OnAnotherList} orang sudah dirilis dalam daftar lain");
            }

            if (NoLongerProposed > 0)
            {
                parts.Add($"{NoLongerProposed} orang tidak lagi diusulkan (ditolak, digabung dengan orang lain, atau dihapus dari daftar desa)");
            }

            if (Changed > 0)
            {
                parts.Add($"{Changed} orang datanya berubah");
            }

            return parts.Count == 0 ? null : $"Daftar ini sudah berubah sejak dibuat: {string.Join("; ", parts)}. Buat daftar baru, lalu rilis daftar itu.";
        }
    }

    /// <param name="find">The person's place in the cohort now.</param>
    public static ReleaseCheck Of(ListKind kind, string exportId, IEnumerable<DraftPerson> draft, Func<string, CohortMember?> find)
    {
        int ready = 0, done = 0, elsewhere = 0, gone = 0, changed = 0;
        foreach (var person in draft)
        {
            var member = find(person.PersonId);
            switch (kind == ListKind.Stop ? StopStanding(member, exportId) : RegistrationStanding(member, exportId, person.ListingKey))
            {
                case Standing.Ready: ready++; break;
                case Standing.Done: done++; break;
                case Standing.Elsewhere: elsewhere++; break;
                case Standing.Changed: changed++; break;
                default: gone++; break;
            }
        }

        return new ReleaseCheck(ready, done, elsewhere, gone, changed);
    }

    private enum Standing { Ready, Done, Elsewhere, Gone, Changed }

    private static Standing RegistrationStanding(CohortMember? member, string exportId, string? listingKey) => member switch
    {
        { State: CohortState.Candidate } when member.ListingKey != listingKey => Standing.Changed,
        { State: CohortState.Candidate } => Standing.Ready,
        { State: CohortState.Submitted } when member.ExportId == exportId => Standing.Done,
        { State: CohortState.Submitted or CohortState.Funded or CohortState.Refused or CohortState.Ended } => Standing.Elsewhere,
        _ => Standing.Gone,
    };

    private static Standing StopStanding(CohortMember? member, string exportId) => member switch
    {
        { State: CohortState.Ended, StopExportId: null } => Standing.Ready,
        { State: CohortState.Ended } when member.StopExportId == exportId => Standing.Done,
        { State: CohortState.Ended } => Standing.Elsewhere,
        _ => Standing.Gone,
    };
}
