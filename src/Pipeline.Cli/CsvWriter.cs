using System.Text;
using Pipeline.Core.Results;

namespace Pipeline.Cli;

/// <summary>
/// RFC 4180 CSV in UTF-8 (with BOM, so Excel shows Indonesian text correctly). Every field is made formula-safe
/// first (<see cref="SafeCellText.ForCsv"/>): the exports carry uploaders' text, and Excel must never run it.
/// </summary>
public sealed class CsvWriter(string path) : IDisposable
{
    private readonly StreamWriter _writer = new(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

    public void WriteRow(params IEnumerable<string?> values)
    {
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                _writer.Write(',');
            }

            first = false;
            _writer.Write(Field(value));
        }

        _writer.Write("\r\n");
    }

    /// <summary>One field as written: neutralised, then quoted when it holds a separator, a quote or a line break.</summary>
    /// <remarks><c>;</c> is quoted too, so a spreadsheet opened with Indonesian regional settings keeps the field whole.</remarks>
    internal static string Field(string? value)
    {
        var safe = SafeCellText.ForCsv(value);
        return safe.AsSpan().IndexOfAny(",;\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"") + "\"" : safe;
    }

    public void Dispose() => _writer.Dispose();
}
