using Pipeline.Core.Budget;

namespace Pipeline.Core.Billing;

/// <summary>What the reconciliation's outputs say about themselves: which bill, which period, when.</summary>
/// <param name="BillName">The bill as the official knows it (its file name or upload path).</param>
/// <param name="Period">The months reconciled.</param>
/// <param name="ReconciledAt">When, shown on the Jakarta clock.</param>
/// <param name="SheetRead">The sheet and header row read, e.g. "Tagihan (judul kolom di baris 3)"; null when not known.</param>
public sealed record ReconciliationHeading(string BillName, MonthRange Period, DateTimeOffset ReconciledAt, string? SheetRead = null);
