using System.Globalization;

namespace Pipeline.Core.Model;

/// <summary>
/// A kind of problem: stable code, severity, field, and message templates ({0}, {1} ... are filled per row).
/// All definitions live in <see cref="IssueCatalog"/>.
/// </summary>
/// <remarks>
/// A message without arguments is made with <see cref="Create()"/>. A message with arguments is its own small type
/// in the catalog whose <c>Create</c> takes them by name and type (as Ardalis.Result names its errors), and the
/// positional formatting behind it is open to those types only: a file path cannot be passed where a person id
/// belongs, nor two arguments swapped, without the compiler noticing.
/// </remarks>
public record IssueDefinition(string Code, Severity Severity, Field? Field, string MessageId, string MessageEn)
{
    /// <summary>Whether the message has arguments (placeholders): such a message is made through its own typed <c>Create</c>.</summary>
    public bool HasArguments => MessageId.Contains('{', StringComparison.Ordinal);

    /// <exception cref="InvalidOperationException">The message has arguments; use its typed <c>Create</c>.</exception>
    public Issue Create() => HasArguments
        ? throw new InvalidOperationException($"{Code} has arguments: use its typed Create.")
        : new Issue(Code, Severity, Field, MessageId);

    private protected Issue Format(params object?[] args) => FormatFor(Field, args);

    /// <summary>For definitions that apply to any column (a broken formula, a cut cell): the issue names the field it hit.</summary>
    private protected Issue FormatFor(Field? field, params object?[] args) =>
        new(Code, Severity, field, string.Format(CultureInfo.InvariantCulture, MessageId, args));
}
