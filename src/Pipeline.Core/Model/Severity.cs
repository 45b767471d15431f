namespace Pipeline.Core.Model;

/// <summary>Errors reject a row (or a file); warnings travel with it.</summary>
public enum Severity
{
    Warning,
    Error,
}
