using System.Text.RegularExpressions;
using Pipeline.Core.Model;

namespace Pipeline.Core.Reporting;

/// <summary>
/// Short Indonesian descriptions of issue codes for the summary's "most common issues": the first sentence of
/// the catalog's message with its row values left out ("NIK "…" berisi … digit, seharusnya 16 digit.").
/// </summary>
/// <remarks>
/// Read from <see cref="IssueCatalog"/>'s definitions by reflection, so a code added there is described here
/// without a second list to keep in step.
/// </remarks>
public static partial class IssueDescriptions
{
    private static readonly Dictionary<string, IssueDefinition> Definitions = IssueCatalog.All.ToDictionary(d => d.Code, StringComparer.Ordinal);

    /// <summary>
    /// Codes that restate what the matcher concluded (enrolled, listed elsewhere, waiting for review): the
    /// status columns count those rows already, and they are no mistake of the list, so they are not "issues".
    /// </summary>
    private static readonly HashSet<string> StatusCodes =
        new([IssueCatalog.EnrolledBpjs.Code, IssueCatalog.DuplicateOtherFile.Code, IssueCatalog.MatchReview.Code], StringComparer.Ordinal);

    /// <summary>True for a code that says something is wrong or doubtful in the list itself.</summary>
    public static bool IsDataQuality(string code) => !StatusCodes.Contains(code);

    public static bool IsError(string code) => Definitions.TryGetValue(code, out var d) && d.Severity == Severity.Error;

    /// <summary>"Kesalahan" (rejects the row) or "Peringatan" (the row goes on).</summary>
    public static string SeverityLabel(string code) => IsError(code) ? "Kesalahan" : "Peringatan";

    public static string Describe(string code)
    {
        if (!Definitions.TryGetValue(code, out var definition))
        {
            return code;
        }

        var message = Placeholder().Replace(definition.MessageId, "…");
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    /// <summary>
    /// What to do about the issue: the catalog message after its first sentence (most say it there: "Periksa kembali
    /// dengan KTP/KK."), row values left out; empty when the message is one sentence.
    /// </summary>
    public static string Advice(string code)
    {
        if (!Definitions.TryGetValue(code, out var definition))
        {
            return "";
        }

        var message = Placeholder().Replace(definition.MessageId, "…");
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? "" : message[(end + 2)..].Trim();
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
