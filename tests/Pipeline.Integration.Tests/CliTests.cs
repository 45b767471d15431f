using Pipeline.Cli;

namespace Pipeline.Integration.Tests;

/// <summary>The README's first command, in process: the bundled samples through a private Azurite.</summary>
public sealed class CliTests
{
    [Fact]
    public async Task Run_on_the_samples_writes_records_uploads_and_result_workbooks()
    {
        var root = RepoRoot();
        var outDir = Path.Combine(Path.GetTempPath(), "pipeline-cli-" + Guid.NewGuid().ToString("N"));
        var inputDir = Path.Combine(root, "samples", "uploads");
        var output = new StringWriter();
        var errors = new StringWriter();
        try
        {
            var exit = await CliApp.RunAsync(
                ["run", "--input", inputDir, "--participants", Path.Combine(root, "samples", "peserta-bpjs.csv"), "--out", outDir, "--reference-date", "2025-11-06"],
                output, errors);

            Assert.True(exit == 0, errors.ToString());
            var inputs = Directory.EnumerateFiles(inputDir, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
                .Select(f => Path.GetRelativePath(inputDir, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal).ToList();

            var uploads = ReadCsv(Path.Combine(outDir, "uploads.csv"));
            Assert.Equal(["source_file", "status", "rows", "message"], uploads[0][..4]);
            Assert.Equal(inputs, uploads.Skip(1).Select(u => u[0]));

            var records = ReadCsv(Path.Combine(outDir, "records.csv"));
            var header = records[0];
            foreach (var column in new[] { "source_file", "source_row", "status", "person_id", "nik", "name", "birth_date", "sex", "desa_code", "issues" })
            {
                Assert.Contains(column, header);
            }

            var rows = records.Skip(1).ToList();
            var expectedRows = uploads.Skip(1).Where(u => u[1] == "processed").Sum(u => int.Parse(u[2]));
            Assert.Equal(expectedRows, rows.Count);
            var status = header.IndexOf("status");
            Assert.Contains(rows, r => r[status] == "new");
            Assert.Contains(rows, r => r[status] == "rejected");
            Assert.Contains(rows, r => r[status] == "duplicate");
            Assert.Contains(rows, r => r[status] == "enrolled");

            foreach (var input in inputs)
            {
                var result = input + ".hasil.xlsx";
                Assert.True(File.Exists(Path.Combine(outDir, "results", result)), $"missing result for {input}");
            }

            Assert.True(Directory.Exists(Path.Combine(outDir, ".storage")));
            var newRows = rows.Count(r => r[status] is "new" or "reactivate");
            Assert.Contains($"Budget: {newRows} people to be paid for", output.ToString());

            // The run ends with the week's summary, which the summary command makes again from the stored results.
            var week = Assert.Single(Directory.GetDirectories(Path.Combine(outDir, "reports")));
            var weekName = Path.GetFileName(week);
            Assert.Equal([$"ringkasan-mingguan-{weekName}.html", $"ringkasan-mingguan-{weekName}.xlsx"], Directory.GetFiles(week).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Contains($"Weekly summary {weekName}", output.ToString());
            var summary = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["summary", "--from", outDir, "--week", weekName], summary, errors));
            Assert.Contains($"{newRows} people to be paid for", summary.ToString());

            // A later command reopens the stored results and exports the same rows, processing nothing.
            var again = Path.Combine(outDir, "again");
            Assert.Equal(0, await CliApp.RunAsync(["export", "--from", outDir, "--out", again], output, errors));
            Assert.Equal(File.ReadAllText(Path.Combine(outDir, "records.csv")), File.ReadAllText(Path.Combine(again, "records.csv")));
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }

    [Fact]
    public async Task Usage_errors_exit_with_2_and_say_why()
    {
        var errors = new StringWriter();
        var exit = await CliApp.RunAsync(["run", "--out", "x"], new StringWriter(), errors);
        Assert.Equal(2, exit);
        Assert.Contains("--input", errors.ToString());
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }

    /// <summary>A small RFC 4180 reader: enough for our own exports (quotes, commas and newlines in fields).</summary>
    internal static List<List<string>> ReadCsv(string path)
    {
        var text = File.ReadAllText(path).TrimStart('\uFEFF');
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') { quoted = false; }
                else { field.Append(ch); }
            }
            else if (ch == '"') { quoted = true; }
            else if (ch == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (ch == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; }
            else if (ch != '\r') { field.Append(ch); }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
