using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Pipeline.Core.Billing;
using Pipeline.Core.Budget;
using Pipeline.Storage.Ingest;

namespace Pipeline.Storage.Billing;

/// <summary>
/// The one owner of the <c>Reconciliations</c> table: records a reconciled bill once, reads them back as
/// <see cref="ReconciledBill"/>s, and records a payment under the row's ETag. Decides nothing.
/// </summary>
public sealed class ReconciliationStore(PipelineStorage storage, IOptions<IngestOptions> options)
{
    private TableClient Table => storage.Table(StorageNames.ReconciliationsTable);

    private string Scope => options.Value.Scope;

    public async Task<ReconciledBill?> GetAsync(string id, CancellationToken cancellationToken) =>
        await GetEntityAsync(id, cancellationToken) is { } entity ? ToBill(entity) : null;

    /// <summary>Records a reconciled bill; a row already there (the same bill for the same period) is left as it is.</summary>
    /// <returns>False when the row was already there.</returns>
    public async Task<bool> AddAsync(ReconciledBill bill, Review.AuditLog.Actor actor, string sourcePath, string hash, string workbookPath, string csvPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bill);
        ArgumentNullException.ThrowIfNull(actor);
        var entity = new ReconciliationEntity
        {
            PartitionKey = Scope,
            RowKey = bill.Id,
            Period = bill.Period.ToString(),
            SourcePath = sourcePath,
            Hash = hash,
            ReconciledAt = bill.ReconciledAt,
            ReconciledBy = actor.Id,
            ReconciledByName = actor.Name,
            BilledRows = bill.BilledRows,
            FundedPeople = bill.FundedPeople,
            Counts = JsonSerializer.Serialize(bill.Counts.ToDictionary(p => p.Key.ToText(), p => p.Value)),
            Billed = Money(bill.Billed),
            Matched = Money(bill.Matched),
            Expected = Money(bill.Expected),
            ToPay = Money(bill.ToPay),
            Disputed = Money(bill.Disputed),
            Underbilled = Money(bill.Underbilled),
            NotBilledValue = Money(bill.NotBilledValue),
            WorkbookPath = workbookPath,
            CsvPath = csvPath,
        };
        try
        {
            await Table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Every reconciled bill, the most recent first (one partition: a few rows a month).</summary>
    public async Task<IReadOnlyList<ReconciledBill>> ListAsync(CancellationToken cancellationToken)
    {
        var bills = new List<ReconciledBill>();
        await foreach (var entity in Table.QueryAsync<ReconciliationEntity>(e => e.PartitionKey == Scope, cancellationToken: cancellationToken))
        {
            bills.Add(ToBill(entity));
        }

        return bills.OrderByDescending(b => b.ReconciledAt).ToList();
    }

    /// <summary>The blob names of a bill's workbook and CSV in the reports container.</summary>
    public async Task<(string Workbook, string Csv)?> FilesAsync(string id, CancellationToken cancellationToken) =>
        await GetEntityAsync(id, cancellationToken) is { } entity ? (entity.WorkbookPath, entity.CsvPath) : null;

    /// <summary>Writes the payment on a row that has none, under the row's ETag: two approvers at once cannot both record one.</summary>
    /// <returns>False when the row has a payment already or changed meanwhile: read again and decide again.</returns>
    public async Task<bool> RecordPaymentAsync(string id, BillPayment payment, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payment);
        if (await GetEntityAsync(id, cancellationToken) is not { } entity || entity.PaidOn is not null)
        {
            return false;
        }

        entity.PaidOn = payment.PaidOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        entity.PaidAmount = Money(payment.Amount);
        entity.PaidBy = payment.ById;
        entity.PaidByName = payment.ByName;
        entity.PaidAt = payment.RecordedAt;
        entity.PaymentNote = note;
        try
        {
            await Table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    private async Task<ReconciliationEntity?> GetEntityAsync(string id, CancellationToken cancellationToken)
    {
        var found = await Table.GetEntityIfExistsAsync<ReconciliationEntity>(Scope, id, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    private static ReconciledBill ToBill(ReconciliationEntity e)
    {
        var counts = JsonSerializer.Deserialize<Dictionary<string, int>>(e.Counts) ?? [];
        return new ReconciledBill(
            e.RowKey, MonthRange.Parse(e.Period), e.SourcePath, e.ReconciledAt, e.ReconciledByName ?? e.ReconciledBy, e.BilledRows, e.FundedPeople,
            BillCodes.All.ToDictionary(c => c.Code, c => counts.GetValueOrDefault(c.Text)),
            Read(e.Billed), Read(e.Matched), Read(e.Expected), Read(e.ToPay), Read(e.Disputed), Read(e.Underbilled), Read(e.NotBilledValue),
            e.PaidOn is null ? null : new BillPayment(DateOnly.ParseExact(e.PaidOn, "yyyy-MM-dd", CultureInfo.InvariantCulture), Read(e.PaidAmount), e.PaidBy ?? "", e.PaidByName, e.PaidAt ?? default),
            e.PaymentNote);
    }

    private static string Money(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);

    private static decimal Read(string? text) => decimal.Parse(text ?? "0", NumberStyles.Number, CultureInfo.InvariantCulture);
}
