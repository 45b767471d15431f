using System.Text;
using ClosedXML.Excel;
using Pipeline.Cli;
using Pipeline.Storage.Ingest;

namespace Pipeline.Integration.Tests.Cli;

/// <summary>
/// Result workbooks whose name would pass the file-system limit, or hold a right-to-left override, through `run` and
/// `export` end to end (issue 20): every result written, every path segment under 255 bytes, nothing shown reversed.
/// </summary>
public sealed class CliResultNameTests
{
    private const char RightToLeftOverride = '\u202E';

    [Fact]
    public async Task Names_of_245_bytes_and_more_and_bidi_controls_get_results_that_run_and_export_can_write()
    {
        using var folders = new CliFolders();
        var list = CliFolders.SampleList;
        string[] paths =
        [
            "kualuh-hulu/aek-kanopan/" + new string('a', 245) + ".csv",
            "kualuh-hulu/aek-kanopan/" + new string('a', 250) + ".csv",
            "kualuh-hulu/aek-kanopan/" + string.Concat(Enumerable.Repeat("é", 125)) + ".csv",
            "kualuh-hulu/sukarame/daftar" + RightToLeftOverride + "vsc.xlsx.csv",
            "kualuh-hulu/sukarame/daftar.csv",
        ];
        foreach (var path in paths)
        {
            folders.Add(path, list);
        }

        var errors = new StringWriter();
        var exit = await CliApp.RunAsync(["run", "--input", folders.Input, "--out", folders.Out, "--reference-date", "2025-11-06"], new StringWriter(), errors);

        Assert.True(exit == 0, errors.ToString());
        var rows = folders.UploadsCsv();
        var (status, result) = (rows[0].IndexOf("status"), rows[0].IndexOf("result_file"));
        Assert.Equal(paths.Length, rows.Count - 1);
        var results = rows.Skip(1).Select(r => r[result]).ToList();
        Assert.All(rows.Skip(1), r => Assert.Equal("processed", r[status]));
        Assert.Equal(paths.Length, results.Distinct(StringComparer.Ordinal).Count());
        foreach (var file in results)
        {
            Assert.EndsWith(".hasil.xlsx", file, StringComparison.Ordinal);
            Assert.All(file.Split('/'), segment => Assert.InRange(Encoding.UTF8.GetByteCount(segment), 1, 255));
            Assert.DoesNotContain(RightToLeftOverride, file);
            Assert.True(File.Exists(Path.Combine(folders.Out, file)), file);
        }

        Assert.Contains("results/kualuh-hulu/sukarame/daftar.csv.hasil.xlsx", results);
        Assert.DoesNotContain(RightToLeftOverride, errors.ToString());
        var bidiResult = results.Single(r => r.Contains("vsc", StringComparison.Ordinal));
        using (var workbook = new XLWorkbook(Path.Combine(folders.Out, bidiResult)))
        {
            var shown = workbook.Worksheet("Ringkasan").CellsUsed().Select(c => c.GetString()).Where(t => t.Contains("vsc", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(shown);
            Assert.All(shown, text => Assert.DoesNotContain(RightToLeftOverride, text));
            Assert.DoesNotContain(RightToLeftOverride, workbook.Worksheet("Ringkasan").PageSetup.Header.Center.GetText(XLHFOccurrence.AllPages));
        }

        var again = Path.Combine(folders.Root, "again");
        var exportErrors = new StringWriter();
        Assert.True(await CliApp.RunAsync(["export", "--from", folders.Out, "--out", again], new StringWriter(), exportErrors) == 0, exportErrors.ToString());
        Assert.All(results, file => Assert.True(File.Exists(Path.Combine(again, file)), file));
    }

    [Fact]
    public void Result_names_are_the_path_plus_the_suffix_unless_too_long_or_bidi_and_stay_one_to_one()
    {
        Assert.Equal("a/b/daftar.xlsx.hasil.xlsx", ResultName.Of("a/b/daftar.xlsx"));
        Assert.Equal("x.csv.hasil.xlsx", ResultName.Of("x.csv"));

        var longA = "a/b/" + new string('x', 300) + "1.csv";
        var longB = "a/b/" + new string('x', 300) + "2.csv";
        Assert.NotEqual(ResultName.Of(longA), ResultName.Of(longB));
        Assert.Equal(255, Encoding.UTF8.GetByteCount(ResultName.Of(longA).Split('/')[^1]));
        Assert.StartsWith("a/b/xxxx", ResultName.Of(longA), StringComparison.Ordinal);

        var longFolder = new string('d', 300) + "/daftar.csv";
        Assert.All(ResultName.Of(longFolder).Split('/'), s => Assert.InRange(Encoding.UTF8.GetByteCount(s), 1, 255));

        var bidi = "a/daftar" + RightToLeftOverride + "vsc.csv";
        Assert.DoesNotContain(RightToLeftOverride, ResultName.Of(bidi));
        Assert.NotEqual(ResultName.Of("a/daftarvsc.csv"), ResultName.Of(bidi));
        Assert.StartsWith("a/daftarvsc.csv~", ResultName.Of(bidi), StringComparison.Ordinal);
    }
}
