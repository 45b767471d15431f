namespace Pipeline.Core.Processing;

/// <summary>
/// New counts of another upload whose listings were promoted to <c>new</c> (its <c>duplicate</c> rows that
/// became a person's only listing), computed from the person index so that no table has to be re-read.
/// </summary>
public sealed record UploadRecount(string UploadKey, string UploadPath, int New, int Duplicate);
