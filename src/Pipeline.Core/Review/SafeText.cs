namespace Pipeline.Core.Review;

/// <summary>
/// Text that a spreadsheet program will not run: a value starting with = + - @ tab or carriage return is
/// prefixed with a single quote (OWASP "CSV injection"). A stand-in until the results code offers the
/// project-wide rule; the export writers call only this.
/// </summary>
public static class SafeText
{
    private static readonly char[] FormulaLeads = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralise(string? value) =>
        string.IsNullOrEmpty(value) ? "" : Array.IndexOf(FormulaLeads, value[0]) >= 0 ? "'" + value : value;
}
