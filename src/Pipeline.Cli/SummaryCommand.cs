using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Reporting;
using Pipeline.Storage;
using Pipeline.Storage.Reporting;

namespace Pipeline.Cli;

/// <summary>
/// <c>summary [--from OUT | --storage CONNECTION] [--week 2026-W48] [--out DIR]</c>: makes a week's summary from
/// the stored results with the service the timer runs (workbook and page in the reports container, the week's
/// Summaries row) and copies the workbook and page to <c>DIR/reports/{yyyy}-W{ww}/</c>. Without --week, the
/// week in progress, with its figures as they stand now.
/// </summary>
public static class SummaryCommand
{
    public static async Task<int> ExecuteAsync(CliArguments args, TextWriter output, CancellationToken cancellationToken)
    {
        var from = args["from"] is { } f ? Path.GetFullPath(f) : null;
        var connection = args["storage"];
        if (from is null && connection is null)
        {
            throw new UsageException("Give --from OUT (a folder 'run' wrote) or --storage CONNECTION.");
        }

        var localStore = from is null ? null : Path.Combine(from, ".storage");
        if (connection is null && !Directory.Exists(localStore))
        {
            throw new UsageException($"No results to reopen: {localStore} does not exist. Run 'run --out {from}' first.");
        }

        var outDir = Path.GetFullPath(args["out"] ?? from ?? throw new UsageException("Missing --out."));
        ReportWeek? week = null;
        if (args["week"] is { } text)
        {
            week = ReportWeek.TryParse(text, out var parsed) ? parsed : throw new UsageException($"--week '{text}' is not an ISO week such as 2026-W48.");
        }

        await using var session = await StorageSession.OpenAsync(connection, localStore ?? Path.Combine(outDir, ".storage"), cancellationToken);
        using var services = session.CreateServices(args);
        await services.GetRequiredService<PipelineStorage>().EnsureCreatedAsync(cancellationToken);
        await WriteAsync(services, week, outDir, output, cancellationToken);
        return 0;
    }

    /// <summary>Makes the summary of <paramref name="week"/> (null: the week in progress) and copies it under OUT/reports/.</summary>
    internal static async Task WriteAsync(IServiceProvider services, ReportWeek? week, string outDir, TextWriter output, CancellationToken cancellationToken)
    {
        var service = services.GetRequiredService<WeeklySummaryService>();
        WeeklySummaryOutcome outcome;
        try
        {
            outcome = week is { } w ? await service.MakeAsync(w, cancellationToken) : await service.MakeCurrentWeekAsync(cancellationToken);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new UsageException(e.Message.Split(" (Parameter", 2)[0]);
        }

        var storage = services.GetRequiredService<PipelineStorage>();
        var folder = Path.Combine(outDir, ReportFiles.Folder, ReportFiles.Directory(outcome.Week));
        Directory.CreateDirectory(folder);
        foreach (var path in new[] { outcome.WorkbookPath, outcome.PagePath })
        {
            await storage.Reports.GetBlobClient(path).DownloadToAsync(Path.Combine(folder, Path.GetFileName(path)), cancellationToken);
        }

        var figures = outcome.Regency;
        output.WriteLine(
            $"Weekly summary {outcome.Week} ({(outcome.Complete ? "complete" : "week in progress")}): " +
            (outcome.HasData
                ? $"{figures.Lists} lists, {figures.Rows} rows, {figures.New} new eligible workers, {figures.DesaWithoutData} of {figures.Desa} villages without data, " +
                  $"budget {IndonesianFormat.Rupiah(outcome.Budget.Total)} over {outcome.Budget.Months} months"
                : "no lists received yet"));
        output.WriteLine($"  {Path.Combine(folder, ReportFiles.PageName(outcome.Week))}");
        output.WriteLine($"  {Path.Combine(folder, ReportFiles.WorkbookName(outcome.Week))}");
    }
}
