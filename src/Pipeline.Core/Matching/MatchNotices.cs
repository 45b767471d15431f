using Pipeline.Core.Model;

namespace Pipeline.Core.Matching;

/// <summary>
/// The messages matching puts on a row, in one place, because they go back to the uploader and so decide what
/// an uploader learns about people listed by others.
/// </summary>
/// <remarks>
/// Under UU 27/2022 a village may learn that a person it listed is already listed elsewhere in the regency, or
/// is waiting for review, and a reference an administrator can look up (the person id); never another village's
/// file, row, or which fields agreed. Its own file is its own data: a duplicate within the file names the row
/// and what agreed. The full detail (candidates, scores, agreeing fields) goes to the administrators' review
/// items (<see cref="ReviewCandidate"/>). The messages that name another listing take a <see cref="PersonId"/>,
/// so nothing else can be named in its place.
/// </remarks>
public static class MatchNotices
{
    /// <summary>Already a BPJS Ketenagakerjaan participant: the KPJ and membership status, nothing on how it matched.</summary>
    public static Issue Enrolled(Participant participant) =>
        IssueCatalog.EnrolledBpjs.Create(participant.Kpj, participant.MembershipStatus ?? "-");

    /// <summary>Registered, but the membership lapsed: why the row is to be reactivated and funded (KPJ and status).</summary>
    public static Issue Reactivate(Participant participant) => Reactivate(participant.Kpj, participant.MembershipStatus);

    /// <inheritdoc cref="Reactivate(Participant)"/>
    public static Issue Reactivate(string kpj, string? membershipStatus) =>
        IssueCatalog.ReactivateLapsed.Create(kpj, string.IsNullOrWhiteSpace(membershipStatus) ? "tidak aktif" : membershipStatus);

    /// <summary>Registered with a membership status the configuration does not name: waiting for an administrator.</summary>
    public static Issue MembershipUnknown(Participant participant) =>
        IssueCatalog.RegisterStatusUnknown.Create(participant.Kpj, string.IsNullOrWhiteSpace(participant.MembershipStatus) ? "-" : participant.MembershipStatus);

    /// <summary>The same person on an earlier row of the same file: the row and what agreed.</summary>
    public static Issue DuplicateInFile(int row, string explanation) => IssueCatalog.DuplicateInFile.Create(row, explanation);

    /// <summary>The same person listed by another upload: only that, and the person id.</summary>
    public static Issue ListedElsewhere(PersonId personId) => IssueCatalog.DuplicateOtherFile.Create(personId);

    /// <summary>Waiting for an administrator: a shared NIK or an uncertain match, with the row's person id as reference.</summary>
    public static Issue UnderReview(bool sharedNik, PersonId personId) =>
        sharedNik ? IssueCatalog.NikShared.Create(personId) : IssueCatalog.MatchReview.Create(personId);

    /// <summary>
    /// Makes the references in a row's matching messages name its current person id, after a later step changed
    /// it (a new version of a file carries its earlier ids over, <c>PreviousVersion</c>).
    /// </summary>
    public static void ReferToCurrentPersonId(WorkerRecord record)
    {
        if (PersonId.ParseOrNull(record.PersonId) is not { } personId)
        {
            return;
        }

        for (var i = 0; i < record.Issues.Count; i++)
        {
            var code = record.Issues[i].Code;
            if (code == IssueCatalog.DuplicateOtherFile.Code)
            {
                record.Issues[i] = ListedElsewhere(personId);
            }
            else if (code == IssueCatalog.MatchReview.Code || code == IssueCatalog.NikShared.Code)
            {
                record.Issues[i] = UnderReview(code == IssueCatalog.NikShared.Code, personId);
            }
        }
    }
}
