namespace Pipeline.Core.Validation;

/// <summary>
/// A date read from a cell. <see cref="Alternative"/> is the other reading of an ambiguous numeric date
/// (03/04/1980: 3 April in Indonesian order, 4 March in US order); the NIK decides between them.
/// </summary>
public readonly record struct ParsedDate(DateOnly Date, DateOnly? Alternative = null);
