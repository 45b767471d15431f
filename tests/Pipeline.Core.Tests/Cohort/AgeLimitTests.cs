using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using static Pipeline.Core.Tests.Cohort.CohortTestData;

namespace Pipeline.Core.Tests.Cohort;

/// <summary>The optional maximum age: flagged in the birthday month, ended from the month after.</summary>
public sealed class AgeLimitTests
{
    [Fact]
    public void Funding_ends_after_the_birthday_month_and_is_flagged_a_month_ahead()
    {
        // Born 5 March 1980 (CohortTestData); at 46, in March 2026.
        var funded = Funded();
        Assert.Equal(YearMonth.Of(2026, 4), AgeLimit.EndsFrom(new DateOnly(1980, 3, 5), 46));
        Assert.True(AgeLimit.Apply(funded, 46, YearMonth.Of(2026, 2), At).IsUnchanged);

        var flagged = AgeLimit.Apply(funded, 46, YearMonth.Of(2026, 3), At).Change!.After;
        Assert.Equal((CohortState.Funded, CohortFlag.AgeLimitNextMonth), (flagged.State, flagged.Flag));
        Assert.Contains("April 2026", flagged.FlagNote);

        var ended = AgeLimit.Apply(flagged, 46, YearMonth.Of(2026, 4), At).Change!;
        Assert.Equal((CohortState.Ended, YearMonth.Of(2026, 4), CohortEndReason.Age, "system:age"), (ended.After.State, ended.After.EndedFrom, ended.After.EndReason, ended.After.ChangedBy));
        Assert.True(AgeLimit.Apply(ended.After, 46, YearMonth.Of(2026, 5), At).IsUnchanged);
        Assert.True(AgeLimit.Apply(Submitted(), 46, YearMonth.Of(2026, 5), At).IsUnchanged);
    }
}
