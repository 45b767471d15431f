namespace Pipeline.Core.Model;

/// <summary>
/// A cell that holds no value but a formula's failure: an Excel error (#REF!, #N/A, #VALUE! ...) or a formula saved
/// without its computed value. Kept apart from an empty cell so the official is told "the formula broke",
/// not "the NIK is empty".
/// </summary>
/// <param name="Code">The error as Excel shows it ("#REF!"), or null for a formula saved without a value.</param>
public sealed record ErrorCell(string? Code)
{
    /// <summary>A formula whose result was never saved (written by a program that does not calculate).</summary>
    public static ErrorCell UncachedFormula { get; } = new((string?)null);

    /// <summary>
    /// A cell the file itself points wrongly: an .xlsx text cell whose shared-string index is past the table. The
    /// file is damaged at that cell; the official is told so (<c>CELL_DAMAGED</c>), never "the name is empty".
    /// </summary>
    public static ErrorCell Damaged { get; } = new((string?)null) { IsDamage = true };

    /// <summary>True for <see cref="Damaged"/>: the file is broken here, not a formula.</summary>
    public bool IsDamage { get; private init; }

    /// <summary>The error texts Excel writes, also into a CSV saved from a sheet with broken formulas.</summary>
    public static IReadOnlySet<string> ExcelCodes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!",
    };

    /// <summary>What the official sees in Excel: the error code, or a note that the formula has no value.</summary>
    public override string ToString() => IsDamage ? "(sel rusak)" : Code ?? "(rumus tanpa nilai)";
}
