namespace Pipeline.Core.Matching;

/// <summary>A participant of the BPJS Ketenagakerjaan register.</summary>
public sealed record Participant(string Kpj, string? MembershipStatus, MatchFields Fields);
