using Microsoft.Extensions.Time.Testing;
using Pipeline.Cli;
using Pipeline.Storage.Ingest;

namespace Pipeline.Integration.Tests.Cli;

/// <summary>Progress while <c>run</c> ingests: files, rows and time left; plain lines (no escape codes) when not on a terminal.</summary>
public sealed class RunProgressTests
{
    [Fact]
    public async Task Plain_progress_gives_one_line_per_file_with_counts_and_time_left()
    {
        var time = new FakeTimeProvider();
        var output = new StringWriter();
        var progress = RunProgress.Create(output, files: 3, bytes: 4000, time);
        Assert.IsType<PlainProgress>(progress);

        await progress.RunAsync(() =>
        {
            time.Advance(TimeSpan.FromSeconds(10));
            progress.Report(Outcome("kualuh-hulu/a.xlsx", IngestOutcome.Processed, 1200), bytes: 1000);
            time.Advance(TimeSpan.FromSeconds(5));
            progress.Report(Outcome("kualuh-hulu/b.csv", IngestOutcome.Failed, 0, "FILE_NO_HEADER"), bytes: 1000);
            time.Advance(TimeSpan.FromSeconds(15));
            progress.Report(Outcome("na-ix-x/c.xls", IngestOutcome.Processed, 30) with { Skipped = true }, bytes: 2000);
            return Task.CompletedTask;
        });

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
        [
            "Ingesting 3 files (4 KB)",
            "[1/3] kualuh-hulu/a.xlsx: processed, 1,200 rows | 1/3 files, 1,200 rows | 0:10 elapsed, about 0:30 left",
            "[2/3] kualuh-hulu/b.csv: failed [FILE_NO_HEADER] | 2/3 files, 1,200 rows, 1 failed | 0:15 elapsed, about 0:15 left",
            "[3/3] na-ix-x/c.xls: unchanged, skipped (processed) | 3/3 files, 1,230 rows, 1 failed | 0:30 elapsed, about 0:00 left",
        ],
        lines);
        Assert.DoesNotContain('\u001b', output.ToString());
    }

    [Fact]
    public void Only_the_real_stderr_of_a_terminal_gets_the_live_bar()
    {
        Assert.False(RunProgress.IsInteractive(new StringWriter()));
        Assert.False(RunProgress.IsInteractive(Console.Out));
    }

    [Fact]
    public void Time_left_is_unknown_until_a_file_is_done()
    {
        var progress = RunProgress.Create(new StringWriter(), files: 2, bytes: 10, new FakeTimeProvider());
        Assert.Null(progress.Remaining);
    }

    private static IngestOutcome Outcome(string path, string status, int rows, string? code = null) =>
        new(path, path, status, rows, code, null, path + UploadIdentity.ResultSuffix, Skipped: false);
}
