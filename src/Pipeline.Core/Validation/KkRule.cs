using Pipeline.Core.Model;

namespace Pipeline.Core.Validation;

/// <summary>
/// Checks the optional family-card number (No. KK). A malformed KK is only a warning: the KK is not needed
/// for enrolment, and rejecting a worker over an optional field would cost them their protection.
/// </summary>
public static class KkRule
{
    /// <summary>The clean 16-digit KK, or null when absent or malformed (a warning is added).</summary>
    public static string? Validate(object? cell, List<Issue> issues)
    {
        var raw = CellText.Render(cell);
        var kk = NikRule.Clean(raw);
        if (kk.Length == 0)
        {
            return null;
        }

        if (cell is double || kk.Length != 16 || !kk.All(char.IsAsciiDigit))
        {
            issues.Add(IssueCatalog.KkMalformed.Create(raw));
            return null;
        }

        return kk;
    }
}
