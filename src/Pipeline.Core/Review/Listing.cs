using Pipeline.Core.Model;

namespace Pipeline.Core.Review;

/// <summary>
/// A stored record as a decision sees it: where it is, what it concluded, who it says the person is. Storage
/// maps its entities to listings, the domain changes them (<see cref="DecisionEffects"/>), storage writes the
/// changed ones back: storage never edits statuses or issue text itself.
/// </summary>
public sealed class Listing
{
    public required string RecordId { get; init; }
    public required string UploadPath { get; init; }
    public required int SourceRow { get; init; }
    public required PersonIdentity Identity { get; init; }
    public RecordStatus Status { get; set; }
    public string? PersonId { get; set; }
    public string? Kpj { get; set; }
    public List<Issue> Issues { get; init; } = [];

    /// <summary>How officials find it: "berkas X baris N".</summary>
    public string Label => $"berkas \"{UploadPath}\" baris {SourceRow}";

    public bool IsAccepted => Status.IsAccepted();
}
