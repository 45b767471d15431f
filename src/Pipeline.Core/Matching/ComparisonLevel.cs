namespace Pipeline.Core.Matching;

/// <summary>
/// One level of agreement of one field (e.g. "tanggal lahir tertukar hari/bulan"), with its Fellegi–Sunter
/// probabilities: M = P(level | same person), U = P(level | different people). The weight log2(M/U) is what
/// the level adds to a pair's score, so rare agreements count more than common ones.
/// </summary>
/// <param name="Label">Plain Indonesian phrase used in explanations.</param>
public sealed record ComparisonLevel(string Label, double M, double U)
{
    /// <remarks>Computed once: build a new level (not <c>with</c>) to change M or U.</remarks>
    public double Weight { get; } = Math.Log2(M / U);
}
