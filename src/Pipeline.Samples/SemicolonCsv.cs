using System.Text;

namespace Pipeline.Samples;

/// <summary>Writes CSV the way Excel with Indonesian regional settings does: semicolons, quotes only where needed.</summary>
internal static class SemicolonCsv
{
    public static void Write(string path, IEnumerable<IReadOnlyList<string?>> rows, Encoding encoding)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path, append: false, encoding);
        foreach (var row in rows)
        {
            writer.Write(string.Join(';', row.Select(Quote)));
            writer.Write("\r\n");
        }
    }

    private static string Quote(string? field) =>
        field is null ? string.Empty
        : field.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{field.Replace("\"", "\"\"")}\""
        : field;
}
