namespace Pipeline.Core.Cohort;

/// <summary>Who made a change to the cohort: an administrator (the token's object id and name) or a process of the pipeline.</summary>
/// <param name="Id">A stable id: an Entra object id, or <c>system:ingest</c>, <c>system:register</c>, <c>system:age</c>.</param>
public sealed record CohortActor(string Id, string? Name)
{
    /// <summary>An upload's ingest: the village's listing moved the person.</summary>
    public static CohortActor Ingest { get; } = new("system:ingest", "Pemrosesan daftar desa");

    /// <summary>A register export that shows a submitted person active.</summary>
    public static CohortActor Register { get; } = new("system:register", "Daftar peserta BPJS");

    /// <summary>The configured maximum age.</summary>
    public static CohortActor AgeRule { get; } = new("system:age", "Aturan batas usia");
}
