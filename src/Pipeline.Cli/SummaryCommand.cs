using System.CommandLine;
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
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var from = new Option<DirectoryInfo?>("--from")
        {
            Description = "The --out folder of an earlier run, whose .storage/ holds the results (or give --storage).",
            HelpName = "OUT",
        };
        var week = new Option<ReportWeek?>("--week")
        {
            Description = "The ISO week to summarise, e.g. 2026-W48 (default: the week in progress).",
            HelpName = "yyyy-Www",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (ReportWeek.TryParse(text, out var parsed))
                {
                    return parsed;
                }

                result.AddError($"--week '{text}' is not an ISO week such as 2026-W48.");
                return null;
            },
        };
        var outDir = new Option<DirectoryInfo?>("--out")
        {
            Description = "Where to write reports/{yyyy}-W{ww}/ (default: the --from folder).",
            HelpName = "DIR",
        };
        var common = new CommonOptions();
        var command = new Command("summary", "Make a week's summary (workbook and page) from the stored results.") { from, week, outDir };
        common.AddTo(command);
        command.SetAction((parsed, cancellationToken) => ExecuteAsync(
            parsed.GetValue(from)?.FullName, parsed.GetValue(week), parsed.GetValue(outDir)?.FullName, common.Read(parsed), output, errors, cancellationToken));
        return command;
    }

    public static async Task<int> ExecuteAsync(string? from, ReportWeek? week, string? outDir, CommonSettings common, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        if (from is null && common.Storage is null)
        {
            throw new UsageException("Give --from OUT (a folder 'run' wrote) or --storage CONNECTION.");
        }

        var localStore = from is null ? null : EarlierRun.LocalStore(from, common);

        var target = outDir ?? from ?? throw new UsageException("Missing --out.");
        await using var session = await StorageSession.OpenAsync(common, localStore ?? Path.Combine(target, ".storage"), errors, cancellationToken);
        session.Activity = "making the weekly summary";
        return await session.RunAsync(
            async (services, token) =>
            {
                await WriteAsync(services, week, target, output, token);
                return 0;
            },
            cancellationToken);
    }

    /// <summary>Makes the summary of <paramref name="week"/> (null: the week in progress) and copies it under OUT/reports/.</summary>
    /// <param name="observer">Reads the summary's pass over the records for an output of its own (run's records.csv); only for the week in progress.</param>
    internal static async Task WriteAsync(
        IServiceProvider services, ReportWeek? week, string outDir, TextWriter output, CancellationToken cancellationToken, IRecordObserver? observer = null)
    {
        var service = services.GetRequiredService<WeeklySummaryService>();
        WeeklySummaryOutcome outcome;
        try
        {
            outcome = week is { } w ? await service.MakeAsync(w, cancellationToken)
                : observer is null ? await service.MakeCurrentWeekAsync(cancellationToken)
                : await service.MakeCurrentWeekAsync(observer, cancellationToken);
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
                ? $"{figures.Lists} lists, {figures.Rows} rows, {figures.Candidates} people to be paid for, {figures.DesaWithoutData} of {figures.Desa} villages without data, " +
                  $"budget {IndonesianFormat.Rupiah(outcome.Budget.Total)} over {outcome.Budget.Months} months"
                : "no lists received yet"));
        if (outcome.Cohort is { IsEmpty: false } cohort)
        {
            var cost = cohort.Regency.Cost;
            output.WriteLine($"  funded by the regency (peserta dibiayai Pemda) in {cohort.Month}: {cost.Funded}, contributions this month {IndonesianFormat.Rupiah(cost.ThisMonth)}; " +
                             $"{cost.Submitted} submitted, {cost.Candidates} candidates; {cohort.ProjectionMonths}-month projection {IndonesianFormat.Rupiah(cost.Projection)}");
            foreach (var unpaid in cohort.Unpaid)
            {
                output.WriteLine($"  unpaid: {unpaid.Month} ({unpaid.People} people, {IndonesianFormat.Rupiah(unpaid.Amount)}){(unpaid.Lapsed ? ", past the lapse" : "")}");
            }
        }

        output.WriteLine($"  {Path.Combine(folder, ReportFiles.PageName(outcome.Week))}");
        output.WriteLine($"  {Path.Combine(folder, ReportFiles.WorkbookName(outcome.Week))}");
    }
}
