using System.Text;

namespace Pipeline.Core.Results;

/// <summary>
/// RFC 4180 CSV in UTF-8 with a byte-order mark (so Excel shows Indonesian text correctly), CRLF line ends, and every
/// field made formula-safe first (<see cref="SafeCellText.ForCsv"/>): the product's CSV files carry uploaders' and
/// BPJS's text, and a spreadsheet must never run it.
/// </summary>
/// <remarks>
/// A field is quoted when it holds a quote, a line break, a comma or a semicolon, whichever separator the file uses:
/// Excel splits a CSV on the regional list separator (<c>;</c> in Indonesian settings) or on commas, and a field
/// must stay whole under both.
/// </remarks>
public sealed class SafeCsvWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly char _separator;

    /// <param name="separator"><c>,</c> for tools, <c>;</c> for a file officials open in Excel with Indonesian settings.</param>
    /// <param name="leaveOpen">Leave <paramref name="destination"/> open when the writer is disposed.</param>
    public SafeCsvWriter(Stream destination, char separator = ',', bool leaveOpen = false)
    {
        _writer = new StreamWriter(destination, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 65536, leaveOpen);
        _separator = separator;
    }

    public void WriteRow(params IEnumerable<string?> values)
    {
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                _writer.Write(_separator);
            }

            first = false;
            _writer.Write(Field(value));
        }

        _writer.Write("\r\n");
    }

    /// <summary>One field as written: neutralised, then quoted when it holds a separator, a quote or a line break.</summary>
    public static string Field(string? value)
    {
        var safe = SafeCellText.ForCsv(value);
        return safe.AsSpan().IndexOfAny(",;\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    public void Dispose() => _writer.Dispose();
}
