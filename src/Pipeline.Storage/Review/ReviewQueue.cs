using Pipeline.Core.Model;
using Pipeline.Core.Review;
using Pipeline.Storage.Participants;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Review;

/// <summary>One review item with what its members are now, for the administrators' page.</summary>
/// <param name="Records">Each record member as stored, or null when it is gone.</param>
/// <param name="Participants">Each participant member by KPJ, or null when it left the register.</param>
/// <param name="Differences">The fields the live members disagree on, with their values: what a "same" decision chooses between.</param>
public sealed record QueueEntry(
    ReviewItem Item,
    IReadOnlyDictionary<RecordId, RecordEntity?> Records,
    IReadOnlyDictionary<string, ParticipantEntity?> Participants,
    IReadOnlyList<FieldChoice> Differences);

/// <summary>
/// The review queue as administrators read it: the open pairs grouped into items, one per person
/// (<see cref="ReviewItem.Group"/>), and an item's members read from Records and the register.
/// </summary>
public sealed class ReviewQueue(ReviewStore reviews, RecordStore records, ParticipantStore participants)
{
    /// <summary>Every open item, by its first record under review. One scan of the open pairs.</summary>
    public async Task<IReadOnlyList<ReviewItem>> ItemsAsync(CancellationToken cancellationToken) =>
        ReviewItem.Group(await reviews.PendingAsync(cancellationToken));

    /// <summary>The open item a record belongs to, or null.</summary>
    public async Task<ReviewItem?> ItemOfAsync(RecordId record, CancellationToken cancellationToken) =>
        ReviewItem.Of(await reviews.PendingAsync(cancellationToken), record);

    /// <summary>How many records wait for review: the unit every page counts in.</summary>
    public static int RecordsUnderReview(IEnumerable<ReviewItem> items) => items.Sum(i => i.UnderReview.Count);

    /// <summary>An item's members as they are now (a point read each).</summary>
    public async Task<QueueEntry> DetailsAsync(ReviewItem item, CancellationToken cancellationToken)
    {
        var recordsOf = new Dictionary<RecordId, RecordEntity?>();
        var participantsOf = new Dictionary<string, ParticipantEntity?>(StringComparer.Ordinal);
        var live = new List<PersonDetails>();
        foreach (var member in item.Members)
        {
            if (member.Kpj is { } kpj)
            {
                var participant = participantsOf[kpj] = await participants.FindAsync(kpj, cancellationToken);
                if (participant is not null)
                {
                    live.Add(ParticipantStore.DetailsOf(participant));
                }
            }
            else
            {
                var record = recordsOf[member.Record!.Value] = await records.GetAsync(member.Record.Value, cancellationToken);
                if (record is not null && RecordMapper.ToListing(record).IsMatched)
                {
                    live.Add(RecordMapper.DetailsOf(record));
                }
            }
        }

        return new QueueEntry(item, recordsOf, participantsOf, PersonDetails.Differences(live));
    }
}
