namespace Pipeline.Storage.Participants;

/// <summary>What loading one register export did, for the CLI and the function's log (counts only there).</summary>
/// <param name="Participants">Rows in force: valid KPJ, and the most recent row of their NIK.</param>
/// <param name="Skipped">Rows without a usable KPJ (empty, a formula error, not digits, wrong length).</param>
public sealed record RegisterLoadOutcome(string SourcePath, string Status, int Participants, int Skipped, string? IssueCode, bool Unchanged)
{
    /// <summary>Data rows read from the export.</summary>
    public int RowsRead { get; init; }

    /// <summary>NIKs on more than one row with a valid KPJ; each decided by its most recent row.</summary>
    public int DuplicateNiks { get; init; }

    /// <summary>KPJs on more than one row with a valid KPJ; each decided by its most recent row (the snapshot holds one row per KPJ).</summary>
    public int DuplicateKpjs { get; init; }

    /// <summary>The first problems, in Indonesian (row numbers only), as stored on the register's state rows.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>The register in force before this load: when this one was refused or is the same, it stays.</summary>
    public RegisterPointerEntity? Previous { get; init; }

    /// <summary>People waiting for BPJS's answer whom the export shows active: confirmed by it (funded).</summary>
    public int Confirmed { get; init; }
}
