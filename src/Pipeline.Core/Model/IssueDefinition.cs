using System.Globalization;

namespace Pipeline.Core.Model;

/// <summary>
/// A kind of problem: stable code, severity, field, and message templates ({0}, {1} ... are filled per row).
/// All definitions live in <see cref="IssueCatalog"/>.
/// </summary>
public sealed record IssueDefinition(string Code, Severity Severity, Field? Field, string MessageId, string MessageEn)
{
    public Issue Create(params object?[] args) => CreateFor(Field, args);

    /// <summary>For definitions that apply to any column (a broken formula, a cut cell): the issue names the field it hit.</summary>
    public Issue CreateFor(Field? field, params object?[] args) =>
        new(Code, Severity, field, args.Length == 0 ? MessageId : string.Format(CultureInfo.InvariantCulture, MessageId, args));
}
