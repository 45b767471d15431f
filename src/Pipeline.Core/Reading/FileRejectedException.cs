using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>
/// The upload as a whole cannot be read (not a spreadsheet, corrupt, password-protected, no header ...).
/// This is the uploader's problem, not a fault: callers record it and do not retry.
/// </summary>
/// <remarks>The message never contains cell contents, only the problem's English text.</remarks>
public sealed class FileRejectedException(IssueDefinition problem, Exception? inner = null)
    : Exception(problem.MessageEn, inner)
{
    public IssueDefinition Problem { get; } = problem;
}
