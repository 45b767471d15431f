using Pipeline.Core.Model;

namespace Pipeline.Core.Cohort;

/// <summary>What happened to one row of a confirmation.</summary>
public enum ConfirmationResult
{
    /// <summary>BPJS accepted the person: funded from a month.</summary>
    Accepted,
    /// <summary>BPJS refused the person: the reason is recorded and shown to the village.</summary>
    Refused,
    /// <summary>Already recorded so (the same file again, or the same answer twice): nothing changed.</summary>
    Unchanged,
    /// <summary>The NIK is not a person waiting for BPJS's answer (or the row names another list).</summary>
    Unmatched,
    /// <summary>The row cannot be read (NIK, status or date), or repeats a NIK with other content.</summary>
    Invalid,
    /// <summary>The answer contradicts what is recorded (refusing a funded person …): not applied.</summary>
    Conflict,
}

/// <summary>Codes and words of <see cref="ConfirmationResult"/>.</summary>
public static class ConfirmationResults
{
    private static readonly string[] Codes = ["accepted", "refused", "unchanged", "unmatched", "invalid", "conflict"];
    private static readonly string[] Labels = ["Diterima", "Ditolak", "Sudah tercatat", "Tidak cocok", "Tidak valid", "Bertentangan"];

    public static IReadOnlyList<ConfirmationResult> All { get; } = Enum.GetValues<ConfirmationResult>();

    public static string ToCode(this ConfirmationResult result) => Codes[(int)result];

    public static string ToIndonesian(this ConfirmationResult result) => Labels[(int)result];
}

/// <summary>One row's outcome: what it did, to whom, and the message that says why (in Indonesian).</summary>
/// <param name="Nik">The NIK as read (for the outcome file the approver reads).</param>
/// <param name="Issues">Why a row was not applied (an error), or what was assumed (a warning).</param>
public sealed record ConfirmationRowOutcome(int Row, string? Nik, ConfirmationResult Result, string? PersonId, string Note, IReadOnlyList<Issue> Issues);

/// <summary>A whole confirmation decided: each row's outcome, and the cohort changes to write.</summary>
public sealed record ConfirmationPlan(IReadOnlyList<ConfirmationRowOutcome> Rows, IReadOnlyList<CohortChange> Changes)
{
    public int Count(ConfirmationResult result) => Rows.Count(r => r.Result == result);

    /// <summary>Rows per outcome code (every outcome, zeros included).</summary>
    public IReadOnlyDictionary<string, int> Counts => ConfirmationResults.All.ToDictionary(r => r.ToCode(), Count, StringComparer.Ordinal);
}
