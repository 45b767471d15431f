namespace Pipeline.Core.Model;

/// <summary>
/// One thing wrong with a row or a file: a stable code (for tools and the README), a severity,
/// the field it concerns, and a message in Bahasa Indonesia for the official who must fix it.
/// </summary>
/// <remarks>Messages may quote the row's own values (they go back to the uploader only); never log them.</remarks>
public sealed record Issue(string Code, Severity Severity, Field? Field, string Message);
