using Microsoft.AspNetCore.Http;
using Pipeline.Api.Routing;
using Pipeline.Core.Billing;
using Pipeline.Storage;
using Pipeline.Storage.Billing;

namespace Pipeline.Api.Handlers;

/// <summary>
/// BPJS's bill for approvers: upload it (multipart, with the period or without), see each reconciliation's counts and
/// money, download its workbook or CSV (audited), record its payment; and the months still unpaid near the lapse.
/// </summary>
public static class BillingHandlers
{
    public sealed record PaymentBody(string? PaidOn, decimal? Amount);

    public sealed record CodeCount(string Code, string Label, string Fill, int Count);

    public sealed record BillView(
        string Id, string Period, string PeriodLabel, string BillName, DateTimeOffset ReconciledAt, string ReconciledBy, int BilledRows, int FundedPeople,
        IReadOnlyList<CodeCount> Counts, decimal Billed, decimal Matched, decimal Expected, decimal ToPay, decimal Disputed, decimal Underbilled, decimal NotBilledValue,
        string? PaidOn, decimal? PaidAmount, string? PaidBy, string? PaymentNote, string WorkbookUrl, string CsvUrl);

    public sealed record UnpaidView(string Month, string MonthLabel, int People, decimal Amount, string LapsesOn, bool Lapsed, string Message);

    /// <summary>Every reconciled bill, the latest first, and the months still unpaid near or past the lapse.</summary>
    public static async Task<IResult> List(ApiRequest request)
    {
        var bills = await request.Service<ReconciliationStore>().ListAsync(request.Aborted);
        var unpaid = await request.Service<BillPaymentService>().UnpaidAsync(request.Aborted);
        return ApiResults.Ok(new
        {
            bills = bills.Select(View),
            unpaid = unpaid.Select(u => new UnpaidView(u.Month.ToString(), u.Month.ToIndonesian(), u.People, u.Amount, Views.Day(u.LapsesOn), u.Lapsed, u.ToIndonesian())),
            warnings = UnpaidWarnings.Sentences(unpaid),
        });
    }

    /// <summary>A bill as <c>multipart/form-data</c>: one file, and optionally <c>period</c> (<c>2027-01</c> or <c>2027-01..2027-03</c>).</summary>
    public static async Task<IResult> Upload(ApiRequest request)
    {
        var (file, form, refusal) = await request.ReadOneFileAsync("berkas tagihan", ".xlsx, .xls, .ods atau .csv");
        if (file is null)
        {
            return refusal!;
        }

        await using var content = file.OpenReadStream();
        var report = await request.Service<ReconciliationService>().ReconcileAsync(
            "unggah/" + Path.GetFileName(file.FileName), content, form!["period"].ToString(), request.Actor, request.Aborted);
        if (report.Bill is not { } bill)
        {
            return Results.Json(new { status = report.Status, issueCode = report.IssueCode, message = report.Message }, statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        return ApiResults.Ok(new { status = report.Status, bill = View(bill) });
    }

    /// <summary>The reconciliation workbook (<c>xlsx</c>) or CSV (<c>csv</c>) of a bill: every NIK billed, so audited as a download.</summary>
    public static async Task<IResult> Download(ApiRequest request)
    {
        var format = request.Route("format");
        if (format is not ("xlsx" or "csv") || await request.Service<ReconciliationStore>().GetAsync(request.Route("id"), request.Aborted) is not { } bill)
        {
            return ApiResults.NotFound("Rekonsiliasi tagihan tidak ditemukan.");
        }

        var path = ReconciliationFiles.PathOf(bill.Period, format);
        var blob = request.Service<PipelineStorage>().Reports.GetBlobClient(path);
        return await DownloadAudit.StreamAsync(
            request, blob, "reconciliation", path, format == "xlsx" ? ContentTypes.Xlsx : ContentTypes.Csv, Path.GetFileName(path), "Berkas rekonsiliasi tidak ditemukan.");
    }

    /// <summary>An approver records the payment: <c>{"paidOn": "2027-02-09", "amount": 50400}</c>.</summary>
    public static async Task<IResult> RecordPayment(ApiRequest request)
    {
        var body = await request.ReadJsonAsync<PaymentBody>();
        if (!Views.TryDay(body?.PaidOn, out var paidOn))
        {
            return ApiResults.BadRequest("Tanggal bayar harus ditulis yyyy-MM-dd, contoh 2027-02-09.");
        }

        if (body!.Amount is not { } amount)
        {
            return ApiResults.BadRequest("Isi jumlah yang dibayar (rupiah).");
        }

        var (bill, decision) = await request.Service<BillPaymentService>().RecordAsync(request.Route("id"), paidOn, amount, request.Actor, request.Aborted);
        return bill is null ? ApiResults.NotFound("Rekonsiliasi tagihan tidak ditemukan.")
            : decision!.RefusalCode is { } code ? ApiResults.Problem(code == "payment_already_recorded" ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest, decision.Refusal!, code)
            : ApiResults.Ok(new { changed = decision.Changed, note = decision.Note, bill = View(bill) });
    }

    private static BillView View(ReconciledBill b) => new(
        b.Id, b.Period.ToString(), b.Period.ToIndonesian(), Path.GetFileName(b.BillName), b.ReconciledAt, b.ReconciledBy, b.BilledRows, b.FundedPeople,
        BillCodes.All.Select(c => new CodeCount(c.Text, c.Label, "#" + c.Fill[2..], b.Counts.GetValueOrDefault(c.Code))).ToList(),
        b.Billed, b.Matched, b.Expected, b.ToPay, b.Disputed, b.Underbilled, b.NotBilledValue,
        b.Payment is { } p ? Views.Day(p.PaidOn) : null, b.Payment?.Amount, b.Payment is { } by ? by.ByName ?? by.ById : null, b.PaymentNote,
        $"/api/bills/{Uri.EscapeDataString(b.Id)}/file/xlsx", $"/api/bills/{Uri.EscapeDataString(b.Id)}/file/csv");
}
