using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Cohort;
using Pipeline.Storage.Cohort;
using Pipeline.Storage.Review;

namespace Pipeline.Cli;

/// <summary>
/// <c>confirm --from OUT --file F</c>: applies BPJS's confirmation of released lists to the stored results, through the
/// same service as the page and the blob trigger, prints the count of each outcome, and writes the outcome workbook
/// beside the results (<c>OUT/konfirmasi/</c>). A file that cannot be used changes nothing: the reason is printed.
/// </summary>
public static class ConfirmCommand
{
    /// <summary>Who applied a file from the command line, as the audit trail names it.</summary>
    public static readonly AuditLog.Actor Operator = new("cli:" + Environment.UserName, "Baris perintah (" + Environment.UserName + ")");

    public static Command Create(TextWriter output, TextWriter errors)
    {
        var from = EarlierRun.FromOption();
        var file = new Option<FileInfo>("--file")
        {
            Description = "BPJS's confirmation (.xlsx or .csv), e.g. NIK;KPJ;STATUS;TANGGAL EFEKTIF;KETERANGAN with DITERIMA or DITOLAK.",
            HelpName = "F",
            Required = true,
        };
        var common = new CommonOptions();
        var command = new Command("confirm", "Apply BPJS's confirmation of released lists: the people it accepts are funded, those it refuses are refused with the reason.") { from, file };
        common.AddTo(command);
        command.SetAction((parsed, cancellationToken) => ExecuteAsync(
            parsed.GetRequiredValue(from).FullName, parsed.GetRequiredValue(file).FullName, common.Read(parsed), output, errors, cancellationToken));
        return command;
    }

    public static async Task<int> ExecuteAsync(string from, string file, CommonSettings common, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        return await EarlierRun.WithFileAsync(from, file, "confirmation file", "applying the confirmation", common, errors,
            async (services, content, token) =>
            {
                var report = await services.GetRequiredService<ConfirmationService>().ConfirmAsync(Path.GetFileName(file), content, Operator, token);
                if (report.Status == "failed")
                {
                    output.WriteLine($"{Path.GetFileName(file)}: not used, nothing changed [{report.IssueCode}] {report.Message}");
                    return 0;
                }

                output.WriteLine($"{Path.GetFileName(file)}: {report.Rows.Count} rows: " +
                                 string.Join(", ", ConfirmationResults.All.Select(r => $"{report[r]} {r.ToCode()}")));
                foreach (var row in report.Rows.Where(r => r.Result is ConfirmationResult.Unmatched or ConfirmationResult.Invalid or ConfirmationResult.Conflict))
                {
                    output.WriteLine($"  row {row.Row}: {row.Result.ToCode()} [{string.Join(",", row.Issues.Select(i => i.Code))}]");
                }

                output.WriteLine($"Outcome of each row: {await EarlierRun.DownloadReportAsync(services, from, report.ResultPath!, token)}");
                return 0;
            },
            cancellationToken);
    }
}
