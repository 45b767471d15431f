using Pipeline.Core.Matching;
using Pipeline.Core.Processing;

namespace Pipeline.Storage.Tables;

/// <summary>What ingest loads once per upload: the matching index and the same records as plain listings.</summary>
public sealed record StoredPeople(PersonIndex Index, IReadOnlyList<PrimaryListings.Listing> Listings);
