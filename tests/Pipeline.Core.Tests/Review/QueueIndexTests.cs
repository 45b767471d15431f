using Pipeline.Core.Model;
using Pipeline.Core.Review;

namespace Pipeline.Core.Tests.Review;

/// <summary>
/// The queue's order as a key (ordinal order of keys = the queue's order of paths and rows, with no character a table
/// key may not hold), and what the queue index writes when a neighbourhood's items change.
/// </summary>
public sealed class QueueIndexTests
{
    private static readonly DateTimeOffset At = new(2025, 11, 6, 3, 0, 0, TimeSpan.Zero);

    private static readonly string[] Paths =
    [
        "kualuh-hulu/aek-kanopan/daftar.xlsx", "kualuh-hulu/aek-kanopan-timur/daftar.xlsx", "kualuh-hulu/aek-kanopan/daftar 2.xlsx",
        "kualuh-hulu/desa1/a.xlsx", "kualuh-hulu/desa10/a.xlsx", "kualuh-hulu/desa1.x/a.xlsx", "kualuh-hulu/desa1-x/a.xlsx",
        "a#b/c.xlsx", "a\"b/c.xlsx", "a$b/c.xlsx", "a%b/c.xlsx", "a>b/c.xlsx", "a?b/c.xlsx", "a@b/c.xlsx", "a[b/c.xlsx", "a\\b/c.xlsx", "a]b/c.xlsx",
        "a~b/c.xlsx", "a\u007fb/c.xlsx", "a\u00e9b/c.xlsx", "a b/c.xlsx", "a\tb/c.xlsx", "a!b/c.xlsx", "a/c.xlsx", "a", "a/", "a.", "a0", "A", "",
        "kualuh-selatan/damuli-pekan/data.xlsx", "kualuh-selatan/damuli-pekan/data.xlsx.bak", "kualuh selatan/x.xlsx", "kualuh-selatan.xlsx",
    ];

    [Fact]
    public void Keys_sort_as_the_queue_sorts_paths_then_rows()
    {
        var places = Paths.SelectMany(p => new[] { 4, 5, 12, 1000 }.Select(row => (Path: p, Row: row))).ToList();
        var byQueue = places.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Row).ToList();
        var byKey = places.OrderBy(p => QueueOrder.Key(p.Path, p.Row), StringComparer.Ordinal).ToList();

        Assert.Equal(byQueue, byKey);
        Assert.Equal(places.Count, places.Select(p => QueueOrder.Key(p.Path, p.Row)).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Keys_hold_no_character_a_table_key_may_not_hold_and_never_look_like_the_counts_row()
    {
        foreach (var path in Paths.Append(new string('x', 600)))
        {
            var key = QueueOrder.Key(path, 4);
            Assert.DoesNotContain(key, c => c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c));
            Assert.InRange(key.Length, 1, 512);
            Assert.EndsWith(" 0000004", key, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_queue_sorts_items_by_the_path_and_row_of_their_first_record_under_review()
    {
        var late = Pair(new RecordId("a", 9), "kualuh-hulu/sukarame/data.xlsx", "z:0000004");
        var early = Pair(new RecordId("z", 20), "kualuh-hulu/aek-kanopan/daftar.xlsx", "y:0000004");
        var earlier = Pair(new RecordId("z", 5), "kualuh-hulu/aek-kanopan/daftar.xlsx", "y:0000006");

        var sorted = QueueOrder.Sort(ReviewItem.Group([late, early, earlier]));

        Assert.Equal([earlier.Subject, early.Subject, late.Subject], sorted.Select(i => i.Id));
        Assert.Equal(sorted.Select(QueueOrder.KeyOf).Order(StringComparer.Ordinal), sorted.Select(QueueOrder.KeyOf));
    }

    [Fact]
    public void An_opened_item_is_written_and_counted_and_asking_again_changes_nothing()
    {
        var pair = Pair(new RecordId("b", 4), "kualuh-hulu/sukarame/data.xlsx", "a:0000004");
        var open = ReviewItem.Group([pair]);

        var change = QueueIndexChange.Between([], open);

        var step = Assert.Single(change.Steps);
        Assert.Equal((false, 1, 1), (step.Deletes, step.Items, step.Records));
        Assert.Equal([pair.Candidate, CandidateRef.ForRecord(pair.Subject)], change.Pointers.Keys.Order());
        var again = QueueIndexChange.Between([step.Entry], open, change.Pointers.ToDictionary());
        Assert.Empty(again.Steps);
        Assert.Empty(again.Pointers);
        Assert.Empty(again.Dropped);
    }

    [Fact]
    public void A_second_record_joining_an_item_rewrites_its_entry_and_counts_one_more_record_not_one_more_item()
    {
        var first = Pair(new RecordId("b", 4), "kualuh-hulu/sukarame/data.xlsx", "a:0000004");
        var kept = QueuedItem.Of(ReviewItem.Group([first]).Single());
        var joined = Pair(new RecordId("c", 4), "kualuh-hulu/gunting-saga/data.xlsx", "a:0000004");

        var change = QueueIndexChange.Between([kept], ReviewItem.Group([first, joined]));

        var step = Assert.Single(change.Steps);
        Assert.Equal((kept.Key, false, 0, 1), (step.Entry.Key, step.Deletes, step.Items, step.Records));
        Assert.Equal(2, step.Entry.UnderReview.Count);
        Assert.Equal(["kualuh-hulu/gunting-saga/data.xlsx", "kualuh-hulu/sukarame/data.xlsx"], step.Entry.Paths);
    }

    [Fact]
    public void A_decided_item_is_deleted_with_its_counts_and_its_members_pointers()
    {
        var pair = Pair(new RecordId("b", 4), "kualuh-hulu/sukarame/data.xlsx", "KPJ:25012345678");
        var kept = QueuedItem.Of(ReviewItem.Group([pair]).Single());

        var change = QueueIndexChange.Between([kept], ReviewItem.Group([pair with { Status = PairStatus.Different }]));

        var step = Assert.Single(change.Steps);
        Assert.Equal((true, -1, -1), (step.Deletes, step.Items, step.Records));
        Assert.Equal(kept.Members, change.Dropped);
        Assert.Empty(change.Pointers);
    }

    [Fact]
    public void An_item_that_splits_when_a_pair_closes_becomes_two_entries_under_their_own_first_records()
    {
        // b4 and c4 both resemble a4: one item named b4. Deciding b4's pair leaves c4's alone: an item named c4.
        var b = Pair(new RecordId("b", 4), "kualuh-hulu/sukarame/data.xlsx", "a:0000004");
        var c = Pair(new RecordId("c", 4), "kualuh-hulu/gunting-saga/data.xlsx", "a:0000004");
        var kept = QueuedItem.Of(ReviewItem.Group([b, c]).Single());

        var change = QueueIndexChange.Between([kept], ReviewItem.Group([c]));

        Assert.Equal([(c.Subject, false, 1, 1), (b.Subject, true, -1, -2)], change.Steps.Select(s => (s.Entry.Id, s.Deletes, s.Items, s.Records)));
        Assert.Equal((0, -1), (change.Items, change.Records));
        Assert.Equal([CandidateRef.ForRecord(b.Subject)], change.Dropped);
    }

    [Fact]
    public void An_entry_is_named_only_while_its_first_record_still_names_an_open_item()
    {
        var b = Pair(new RecordId("b", 4), "kualuh-hulu/sukarame/data.xlsx", "a:0000004");
        var c = Pair(new RecordId("c", 4), "kualuh-hulu/gunting-saga/data.xlsx", "a:0000004");

        Assert.Equal(b.Subject, QueuedItem.Named(b.Subject, [b, c])!.Id);
        Assert.Null(QueuedItem.Named(c.Subject, [b, c]));
        Assert.Null(QueuedItem.Named(b.Subject, [b with { Status = PairStatus.Same }, c]));
    }

    private static ReviewPair Pair(RecordId subject, string uploadPath, string candidate) =>
        new(subject, uploadPath, CandidateRef.Parse(candidate), null, 12, "nama sama", At, "v1");
}
