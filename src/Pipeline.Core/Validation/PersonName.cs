namespace Pipeline.Core.Validation;

/// <summary>A name split into its canonical upper-case form and the titles found around it.</summary>
/// <param name="Name">Upper case, single spaces, titles removed; null when nothing but titles remained.</param>
/// <param name="Titles">Titles in written form ("H. S.Pd"), space-separated; null when none.</param>
public sealed record PersonName(string? Name, string? Titles);
