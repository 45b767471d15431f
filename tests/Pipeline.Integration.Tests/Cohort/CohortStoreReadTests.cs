using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Cohort;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage.Cohort;

namespace Pipeline.Integration.Tests.Cohort;

/// <summary>A state's partition is read in row-key ranges (CohortStore.ScanAsync): every member once, in key order.</summary>
public sealed class CohortStoreReadTests
{
    [Fact]
    public async Task A_partition_read_in_ranges_returns_every_member_once_in_key_order_whatever_its_first_digit()
    {
        await using var environment = await TestEnvironment.StartAsync();
        var store = environment.Services.GetRequiredService<CohortStore>();
        // Ids on both sides of every cut (P1 … Pf, Pg), and keys no person id has (before P, after Pg).
        string[] ids = ["A000000000001", "P000000000001", "P0fffffffffff", "P100000000000", "P7abcdef01234", "Pe00000000000",
                        "Pf00000000000", "Pfffffffffffff", "Pg", "Q00000000000"];
        var members = ids.Select(id => new CohortMember { PersonId = id, State = CohortState.Candidate, ChangedAt = DateTimeOffset.UnixEpoch }).ToList();
        await store.WriteAsync(members.Select(store.ToEntity).ToList(), [], default);

        var read = new List<string>();
        await foreach (var member in store.ReadAsync(CohortState.Candidate, default))
        {
            read.Add(member.PersonId);
        }

        var view = new List<string>();
        await foreach (var (member, _, _) in store.ReadViewAsync(default))
        {
            view.Add(member.PersonId);
        }

        var expected = ids.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, read);
        Assert.Equal(expected, view);
        Assert.Equal(ids.Length, (await store.RecountAsync(default)).ToAreas().Sum(a => a[CohortState.Candidate]));
    }
}
