using System.Text;

namespace Pipeline.Cli;

/// <summary>RFC 4180 CSV in UTF-8 (with BOM, so Excel shows Indonesian text correctly).</summary>
public sealed class CsvWriter(string path) : IDisposable
{
    private readonly StreamWriter writer = new(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

    public void WriteRow(params IEnumerable<string?> values)
    {
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            writer.Write(Quote(value ?? string.Empty));
        }

        writer.Write("\r\n");
    }

    internal static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    public void Dispose() => writer.Dispose();
}
