using System.Globalization;
using Pipeline.Core.Results;
using Pipeline.Storage.Ingest;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary>
/// What <c>run</c> shows while it ingests: files done of all, rows so far, and the time left, estimated from
/// the bytes of the files done (a large list weighs more than a small one). On a terminal it is a live
/// Spectre.Console bar on stderr; redirected, under CI=true or TERM=dumb it is one plain line per file, so logs
/// never carry cursor movements or colour codes.
/// </summary>
public abstract class RunProgress
{
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly object _gate = new();

    protected RunProgress(int files, long bytes, TimeProvider time)
    {
        Files = files;
        Bytes = bytes;
        this._time = time;
        _started = time.GetTimestamp();
    }

    public int Files { get; }

    public long Bytes { get; }

    public int FilesDone { get; private set; }

    public long BytesDone { get; private set; }

    public int Rows { get; private set; }

    public int Failed { get; private set; }

    public TimeSpan Elapsed => _time.GetElapsedTime(_started);

    /// <summary>Elapsed time scaled by the bytes still to do; null until a file with content is done.</summary>
    public TimeSpan? Remaining => BytesDone <= 0 ? null : TimeSpan.FromTicks((long)(Elapsed.Ticks * ((double)(Bytes - BytesDone) / BytesDone)));

    /// <summary>The live bar when <paramref name="errors"/> is an interactive terminal, plain lines otherwise.</summary>
    public static RunProgress Create(TextWriter errors, int files, long bytes, TimeProvider? time = null) =>
        IsInteractive(errors) ? new LiveProgress(errors, files, bytes, time ?? TimeProvider.System) : new PlainProgress(errors, files, bytes, time ?? TimeProvider.System);

    /// <summary>True for stderr on a terminal outside CI; false for anything else (files, pipes, test writers).</summary>
    public static bool IsInteractive(TextWriter errors) =>
        ReferenceEquals(errors, Console.Error) && !Console.IsErrorRedirected
        && !IsSet("CI") && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    /// <summary>Runs the ingest while the progress is shown.</summary>
    public abstract Task RunAsync(Func<Task> work);

    /// <summary>The text shown while an ingest waits for the regency's matching lock held by another process.</summary>
    public const string WaitingForLockText = "Waiting for the matching lock (menunggu kunci pencocokan): another process holds it; one that was killed frees it within 60 s";

    /// <summary>An ingest waits for the matching lock another process holds (thread-safe).</summary>
    public void WaitingForLock()
    {
        lock (_gate)
        {
            Waiting();
        }
    }

    protected abstract void Waiting();

    /// <summary>
    /// Something else the run is doing meanwhile, such as the register loading beside the first files (thread-safe):
    /// a line of its own in logs, the bar's text on a terminal (a line written under a live bar would break it).
    /// </summary>
    public void Note(string text)
    {
        lock (_gate)
        {
            Noted(text);
        }
    }

    protected abstract void Noted(string text);

    /// <summary>One file is done (thread-safe: files finish side by side).</summary>
    public void Report(IngestOutcome outcome, long bytes)
    {
        lock (_gate)
        {
            FilesDone++;
            BytesDone += bytes;
            Rows += outcome.Rows;
            Failed += outcome.Status == IngestOutcome.Failed ? 1 : 0;
            Reported(outcome);
        }
    }

    /// <summary>"12/30 files, 4,321 rows, 1 failed".</summary>
    public string Counts() => string.Create(
        CultureInfo.InvariantCulture,
        $"{FilesDone}/{Files} files, {Rows:N0} rows{(Failed > 0 ? $", {Failed} failed" : "")}");

    /// <summary>Called under the lock, after the counters have moved.</summary>
    protected abstract void Reported(IngestOutcome outcome);

    internal static string Duration(TimeSpan span) => span.TotalHours >= 1
        ? span.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
        : span.ToString(@"m\:ss", CultureInfo.InvariantCulture);

    private static bool IsSet(string name) =>
        Environment.GetEnvironmentVariable(name) is { } value && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1");
}

/// <summary>One line per file, for logs: <c>[3/30] kualuh-hulu/x.xlsx: processed, 120 rows | 3/30 files, 360 rows | 0:04 elapsed, about 0:36 left</c>.</summary>
public sealed class PlainProgress(TextWriter output, int files, long bytes, TimeProvider time) : RunProgress(files, bytes, time)
{
    public override async Task RunAsync(Func<Task> work)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ingesting {Files} files ({Bytes / 1024.0:N0} KB)"));
        await work();
    }

    protected override void Reported(IngestOutcome outcome)
    {
        var what = outcome switch
        {
            { Skipped: true } => $"unchanged, skipped ({outcome.Status})",
            { Status: IngestOutcome.Failed } => $"failed [{outcome.IssueCode}]",
            _ => string.Create(CultureInfo.InvariantCulture, $"{outcome.Status}, {outcome.Rows:N0} rows"),
        };
        var left = Remaining is { } remaining ? $", about {Duration(remaining)} left" : "";
        output.WriteLine($"[{FilesDone}/{Files}] {ShownFileName.Of(outcome.UploadPath)}: {what} | {Counts()} | {Duration(Elapsed)} elapsed{left}");
    }

    protected override void Waiting() => output.WriteLine($"{WaitingForLockText} | {Counts()} | {Duration(Elapsed)} elapsed");

    protected override void Noted(string text) => output.WriteLine(text);
}

/// <summary>A live bar on the terminal (Spectre.Console): counts, bar, percentage, elapsed and remaining time.</summary>
public sealed class LiveProgress(TextWriter output, int files, long bytes, TimeProvider time) : RunProgress(files, bytes, time)
{
    private ProgressTask? _task;

    public override Task RunAsync(Func<Task> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                _task = context.AddTask(Markup.Escape(Counts()), maxValue: Math.Max(Bytes, 1));
                await work();
                _task.Value = _task.MaxValue;
            });
    }

    protected override void Waiting()
    {
        if (_task is { } t)
        {
            t.Description = Markup.Escape($"{Counts()} - {WaitingForLockText}");
        }
    }

    protected override void Noted(string text)
    {
        if (_task is { } t)
        {
            t.Description = Markup.Escape($"{Counts()} - {text}");
        }
    }

    protected override void Reported(IngestOutcome outcome)
    {
        if (_task is { } t)
        {
            t.Value = BytesDone;
            t.Description = Markup.Escape(Counts());
        }
    }
}
