using Pipeline.Core.Budget;

namespace Pipeline.Core.Cohort;

/// <summary>
/// The configured maximum age (<see cref="CohortOptions.MaxAge"/>) as a rule over funded people: funding ends after the
/// month of the birthday that reaches it (ended from the month after, reason "usia"), and the person is flagged in
/// that birthday month, a month ahead, so the administrators and the stop list see it coming.
/// </summary>
public static class AgeLimit
{
    /// <summary>The first month no longer funded for someone born on <paramref name="born"/>.</summary>
    public static YearMonth EndsFrom(DateOnly born, int maxAge) => YearMonth.Of(born.AddYears(maxAge)).Next;

    /// <param name="member">A member with details (the birth date).</param>
    /// <param name="month">The month the rule runs in (Jakarta time).</param>
    public static CohortOutcome Apply(CohortMember member, int maxAge, YearMonth month, DateTimeOffset at)
    {
        if (member.State != CohortState.Funded || member.Details?.BirthDate is not { } born)
        {
            return CohortOutcome.Unchanged;
        }

        var ends = EndsFrom(born, maxAge);
        if (month >= ends)
        {
            return member.End(member.FundedFrom is { } from && from > ends ? from : ends, CohortEndReason.Age, $"usia {maxAge} tahun", CohortActor.AgeRule, at);
        }

        return month == ends.Previous
            ? member.Raise(CohortFlag.AgeLimitNextMonth, $"berusia {maxAge} tahun pada {ends.Previous.ToIndonesian()}; pembiayaan berhenti mulai {ends.ToIndonesian()}", CohortActor.AgeRule, at)
            : CohortOutcome.Unchanged;
    }
}
