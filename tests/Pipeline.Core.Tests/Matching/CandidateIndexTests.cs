using Pipeline.Core.Matching;

namespace Pipeline.Core.Tests.Matching;

public class CandidateIndexTests
{
    private static readonly BlockingKey<string>[] Keys =
    [
        new("first letter", s => s[..1]),
        new("last letter", s => s[^1..]),
    ];

    [Fact]
    public void Returns_each_record_sharing_any_key_once()
    {
        var index = new CandidateIndex<string>(Keys, maxBlockSize: 10);
        foreach (var s in new[] { "ANI", "ADI", "BUDI", "CICI" })
        {
            index.Add(s);
        }

        var found = new List<int>();
        index.FindCandidates("AMI", found);
        Assert.Equal(new[] { "ADI", "ANI", "BUDI", "CICI" }, found.Select(i => index[i]).Order());
        index.FindCandidates("ZZZ", found);
        Assert.Empty(found);
    }

    [Fact]
    public void Oversized_blocks_are_skipped_and_counted()
    {
        var index = new CandidateIndex<string>(Keys, maxBlockSize: 2);
        foreach (var s in new[] { "ANA", "ADA", "AYA", "BOB" })
        {
            index.Add(s);
        }

        var found = new List<int>();
        index.FindCandidates("ABB", found);
        Assert.Equal(new[] { "BOB" }, found.Select(i => index[i]));
        Assert.Equal(1, index.OversizedBlocks);
        index.FindCandidates("AXA", found);
        Assert.Empty(found);
        Assert.Equal(2, index.OversizedBlocks);
    }

    [Fact]
    public void Removed_records_are_not_candidates()
    {
        var index = new CandidateIndex<string>(Keys, maxBlockSize: 10);
        var slot = index.Add("ANI");
        index.Add("ADI");
        index.Remove(slot);
        index.Remove(slot);
        var found = new List<int>();
        index.FindCandidates("AMI", found);
        Assert.Equal(new[] { "ADI" }, found.Select(i => index[i]));
        Assert.Equal(1, index.Count);
    }
}
