using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using static Pipeline.Core.Tests.Cohort.CohortTestData;

namespace Pipeline.Core.Tests.Cohort;

/// <summary>The cohort's kept counts: each change moves its person between keys, and the figures equal a count of every person.</summary>
public class CohortTallyTests
{
    [Fact]
    public void A_change_gives_the_counts_it_leaves_as_values_and_leaves_the_tally_alone_until_set()
    {
        var tally = new CohortTally();
        var submitted = Submitted("P1");
        tally.Add(CohortCountKey.Of(submitted));
        tally.Add(CohortCountKey.Of(Submitted("P2")));
        var confirm = submitted.Confirm("25011111111", February, "konfirmasi.csv", Andi, At).Change!;

        var after = tally.After([confirm]);

        Assert.Equal(1, after[CohortCountKey.Of(submitted)]);
        Assert.Equal(1, after[CohortCountKey.Of(confirm.After)]);
        Assert.Equal(2, tally[CohortCountKey.Of(submitted)]);
        tally.Set(after);
        tally.Set(after);
        Assert.Equal((1, 1), (tally[CohortCountKey.Of(submitted)], tally[CohortCountKey.Of(confirm.After)]));
    }

    [Fact]
    public void Months_count_only_where_the_figures_read_them()
    {
        var refused = Submitted() with { State = CohortState.Refused, FundedFrom = February, EndedFrom = February.Next };
        var funded = Funded() with { EndedFrom = February.Next };

        Assert.Equal(CohortCountKey.Of(Submitted() with { State = CohortState.Refused }), CohortCountKey.Of(refused));
        Assert.Equal((February, (YearMonth?)null), (CohortCountKey.Of(funded).FundedFrom, CohortCountKey.Of(funded).EndedFrom));
    }

    [Fact]
    public void The_figures_per_desa_equal_a_count_of_every_person_and_skip_keys_everyone_left()
    {
        var people = new[]
        {
            Funded("P1"), Funded("P2") with { FundedFrom = February.Next }, Funded("P3") with { State = CohortState.Ended, EndedFrom = February.AddMonths(3) },
            Funded("P4") with { State = CohortState.Ended, EndedFrom = February }, Candidate("P5"),
            Candidate("P6") with { Details = Details() with { DesaCode = "1223011002" } }, Candidate("P7") with { Details = null },
        };
        var tally = new CohortTally();
        var recount = new Dictionary<(string?, string?), CohortAreaCounts>();
        foreach (var person in people)
        {
            tally.Add(CohortCountKey.Of(person));
            var area = (person.Details?.KecamatanCode, person.Details?.DesaCode);
            if (!recount.TryGetValue(area, out var counts))
            {
                recount[area] = counts = new CohortAreaCounts(area.Item1, area.Item2);
            }

            counts.Add(person.State, person.FundedFrom, person.EndedFrom);
        }

        // P8 joins, is withdrawn with another desa, ended, and comes back where they started: one more candidate there.
        var withdrawn = Candidate("P8").Withdraw(Andi, At, "test").Change!;
        tally.Add(CohortCountKey.Of(withdrawn.Before!));
        tally.Set(tally.After([withdrawn with { After = withdrawn.After with { Details = Details() with { DesaCode = "1223019999" } } }]));
        tally.Set(tally.After([new CohortChange(withdrawn.After with { Details = Details() with { DesaCode = "1223019999" } }, withdrawn.Before! with { State = CohortState.Ended }, "x", null)]));
        tally.Set(tally.After([new CohortChange(withdrawn.Before! with { State = CohortState.Ended }, withdrawn.Before!, "x", null)]));
        tally.Set(tally.After([new CohortChange(withdrawn.Before!, withdrawn.Before! with { PersonId = "P8" }, "x", null)]));
        recount[("122301", "1223011001")].Add(CohortState.Candidate, null, null);

        Assert.Equal(Describe(recount.Values.OrderBy(a => a.KecamatanCode, StringComparer.Ordinal).ThenBy(a => a.DesaCode, StringComparer.Ordinal)), Describe(tally.ToAreas()));
        Assert.DoesNotContain(tally.ToAreas(), a => a.DesaCode == "1223019999");
    }

    private static List<string> Describe(IEnumerable<CohortAreaCounts> areas) => areas.Select(a =>
        $"{a.KecamatanCode}/{a.DesaCode}: {string.Join(",", CohortStates.All.Select(s => a[s]))}; {a.Funded.People} from {a.Funded.First}: " +
        string.Join(",", Enumerable.Range(0, 8).Select(m => a.Funded.In(February.AddMonths(m - 1))))).ToList();
}
