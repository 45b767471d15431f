using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Billing;
using Pipeline.Core.Budget;
using Pipeline.Core.Reporting;
using Pipeline.Storage.Billing;

namespace Pipeline.Cli;

/// <summary>
/// <c>reconcile --from OUT --bill F --month yyyy-MM</c> (or <c>--months yyyy-MM..yyyy-MM</c> for a triwulan): reconciles
/// BPJS's bill against the funded cohort of the stored results through the same service as the page and the blob
/// trigger, prints the count of each code and the money, and writes
/// <c>OUT/reconciliation/{period}/rekonsiliasi-tagihan-{period}.xlsx</c> and the <c>.csv</c> beside it.
/// </summary>
public static class ReconcileCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var from = EarlierRun.FromOption("the results and the funded cohort");
        var bill = new Option<FileInfo>("--bill")
        {
            Description = "BPJS's bill (.xlsx, .xls, .ods or .csv), e.g. KPJ;NIK;NAMA;IURAN.",
            HelpName = "F",
            Required = true,
        };
        var month = new Option<string?>("--month")
        {
            Description = "The month the bill covers, e.g. 2027-01. Without --month or --months: the months the rows name, else Billing__PeriodMonths.",
            HelpName = "yyyy-MM",
            Validators = { r => Validate(r, single: true) },
        };
        var months = new Option<string?>("--months")
        {
            Description = "The months a quarterly (triwulan) bill covers, e.g. 2027-01..2027-03.",
            HelpName = "yyyy-MM..yyyy-MM",
            Validators = { r => Validate(r, single: false) },
        };
        var common = new CommonOptions();
        var command = new Command("reconcile", "Reconcile BPJS's bill against the funded cohort: what to pay, what to dispute, whom BPJS left out.") { from, bill, month, months };
        command.Validators.Add(r =>
        {
            if (r.GetResult(month) is not null && r.GetResult(months) is not null)
            {
                r.AddError("Give --month or --months, not both.");
            }
        });
        common.AddTo(command);
        command.SetAction((parsed, cancellationToken) => ExecuteAsync(
            parsed.GetRequiredValue(from).FullName, parsed.GetRequiredValue(bill).FullName, parsed.GetValue(month) ?? parsed.GetValue(months),
            common.Read(parsed), output, errors, cancellationToken));
        return command;
    }

    public static async Task<int> ExecuteAsync(string from, string file, string? period, CommonSettings common, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        return await EarlierRun.WithFileAsync(from, file, "bill", "reconciling the bill", common, errors,
            async (services, content, token) =>
            {
                var report = await services.GetRequiredService<ReconciliationService>().ReconcileAsync(Path.GetFileName(file), content, period, ConfirmCommand.Operator, token);

                if (report.Bill is not { } reconciled)
                {
                    output.WriteLine($"{Path.GetFileName(file)}: not reconciled, nothing recorded [{report.IssueCode}] {report.Message}");
                    return 1;
                }

                output.WriteLine($"{Path.GetFileName(file)}: {reconciled.Period} ({reconciled.Period.ToIndonesian()}), {reconciled.BilledRows} rows billed, {reconciled.FundedPeople} people funded" +
                                 (report.Status == ReconciliationReport.Unchanged ? " (reconciled before: nothing changed)" : ""));
                foreach (var code in BillCodes.All)
                {
                    output.WriteLine($"  {code.Text,-16}{reconciled.Counts[code.Code],8}");
                }

                output.WriteLine($"Billed {IndonesianFormat.Rupiah(reconciled.Billed)}, to pay {IndonesianFormat.Rupiah(reconciled.ToPay)}, disputed {IndonesianFormat.Rupiah(reconciled.Disputed)}");
                foreach (var path in new[] { report.WorkbookPath!, report.CsvPath! })
                {
                    output.WriteLine($"Written: {await EarlierRun.DownloadReportAsync(services, from, path, token)}");
                }

                return 0;
            },
            cancellationToken);
    }

    private static void Validate(System.CommandLine.Parsing.OptionResult result, bool single)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (single ? !YearMonth.TryParse(text, out _) : !MonthRange.TryParse(text, out _) || !text.Contains("..", StringComparison.Ordinal))
        {
            result.AddError(single
                ? $"--month '{text}' is not a month written yyyy-MM, such as 2027-01."
                : $"--months '{text}' is not a range written yyyy-MM..yyyy-MM, such as 2027-01..2027-03.");
        }
    }
}
