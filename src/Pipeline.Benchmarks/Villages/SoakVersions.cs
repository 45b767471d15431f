using System.Diagnostics;
using System.Globalization;
using ClosedXML.Excel;

namespace Pipeline.Benchmarks.Villages;

/// <summary>
/// A second version of every generated village list (every tenth data row left out), so that a soak can upload a
/// new version of each file round after round: each round then replaces a village's rows, frees and promotes
/// listings in other villages and writes their results again, instead of being skipped as already processed.
/// Written once per data set, in a temp folder named after it; the data-row count of both versions is kept for the checks.
/// </summary>
internal sealed record SoakVersions(string TrimmedRoot, IReadOnlyDictionary<string, (int Full, int Trimmed)> Rows)
{
    public static async Task<SoakVersions> EnsureAsync(GeneratedData data)
    {
        var root = Path.Combine(Path.GetTempPath(), "pipeline-soak-" + Path.GetFileName(Path.GetDirectoryName(data.UploadsRoot)!));
        var counts = Path.Combine(root, "rows.tsv");
        if (!File.Exists(counts))
        {
            var watch = Stopwatch.StartNew();
            var lines = new string[data.Paths.Count];
            await Parallel.ForAsync(0, data.Paths.Count, (i, _) =>
            {
                var (full, trimmed) = WriteTrimmed(Path.Combine(data.UploadsRoot, data.Paths[i]), Path.Combine(root, data.Paths[i]));
                lines[i] = string.Create(CultureInfo.InvariantCulture, $"{data.Paths[i]}\t{full}\t{trimmed}");
                return ValueTask.CompletedTask;
            });
            await File.WriteAllLinesAsync(counts, lines);
            Console.WriteLine($"wrote a second version of {data.Paths.Count} lists in {watch.Elapsed.TotalSeconds:F0} s under {root}");
        }

        var rows = (await File.ReadAllLinesAsync(counts)).Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => (int.Parse(p[1], CultureInfo.InvariantCulture), int.Parse(p[2], CultureInfo.InvariantCulture)), StringComparer.Ordinal);
        return new SoakVersions(root, rows);
    }

    /// <summary>Copies the title and header rows and every data row but each tenth into a new workbook.</summary>
    private static (int Full, int Trimmed) WriteTrimmed(string source, string target)
    {
        using var original = new XLWorkbook(source);
        var sheet = original.Worksheet(1);
        using var copy = new XLWorkbook();
        var into = copy.AddWorksheet(sheet.Name);
        int full = 0, kept = 0;
        foreach (var row in sheet.RowsUsed())
        {
            var data = row.RowNumber() > 3;
            if (data && ++full % 10 == 0)
            {
                continue;
            }

            if (data)
            {
                kept++;
            }

            var to = data ? 3 + kept : row.RowNumber();
            foreach (var cell in row.CellsUsed())
            {
                var written = into.Cell(to, cell.Address.ColumnNumber);
                written.SetValue(cell.GetString());
                written.DataType = XLDataType.Text;
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        copy.SaveAs(target);
        return (full, kept);
    }
}
