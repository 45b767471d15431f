using System.Globalization;

namespace Pipeline.Core.Model;

/// <summary>
/// A kind of problem: stable code, severity, field, and message templates ({0}, {1} ... are filled per row).
/// All definitions live in <see cref="IssueCatalog"/>.
/// </summary>
public sealed record IssueDefinition(string Code, Severity Severity, Field? Field, string MessageId, string MessageEn)
{
    public Issue Create(params object?[] args) =>
        new(Code, Severity, Field, args.Length == 0 ? MessageId : string.Format(CultureInfo.InvariantCulture, MessageId, args));
}
