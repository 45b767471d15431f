namespace Pipeline.Core.Review;

/// <summary>What an administrator decided about a review item.</summary>
public enum DecisionKind
{
    /// <summary>The two records are one person: their person ids are merged.</summary>
    Same,
    /// <summary>Two people: both are kept, and the pair never comes back to review.</summary>
    Different,
    /// <summary>The record under review is wrong (e.g. a NIK that is not theirs): it is rejected with the reason.</summary>
    Reject,
}

public static class DecisionKindText
{
    public static string ToCode(this DecisionKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string? code, out DecisionKind kind)
    {
        kind = default;
        return code is not null && code.All(char.IsAsciiLetterLower) && Enum.TryParse(code, ignoreCase: true, out kind);
    }

    /// <summary>The word on the page and in the audit trail.</summary>
    public static string ToIndonesian(this DecisionKind kind) => kind switch
    {
        DecisionKind.Same => "Orang yang sama",
        DecisionKind.Different => "Orang berbeda",
        DecisionKind.Reject => "Tolak data",
        _ => kind.ToString(),
    };
}
