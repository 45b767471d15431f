using Pipeline.Core.Budget;

namespace Pipeline.Core.Billing;

/// <summary>
/// A bill as it was reconciled and recorded: which period, which file, the count of each code, the money, and the
/// payment once recorded. What the page, the weekly summary and the unpaid-month warning read.
/// </summary>
/// <param name="Id">Stable id: the period and a prefix of the bill's hash (the same bill for the same period is one).</param>
/// <param name="BillName">The bill as the official knows it (path or file name).</param>
/// <param name="Counts">Outcomes per code; every code present.</param>
/// <param name="Matched">Billed on rows that match (<see cref="BillCode.Matched"/>).</param>
/// <param name="PaymentNote">A remark kept with a payment that differs from <see cref="ToPay"/>.</param>
public sealed record ReconciledBill(
    string Id,
    MonthRange Period,
    string BillName,
    DateTimeOffset ReconciledAt,
    string ReconciledBy,
    int BilledRows,
    int FundedPeople,
    IReadOnlyDictionary<BillCode, int> Counts,
    decimal Billed,
    decimal Matched,
    decimal Expected,
    decimal ToPay,
    decimal Disputed,
    decimal Underbilled,
    decimal NotBilledValue,
    BillPayment? Payment = null,
    string? PaymentNote = null)
{
    /// <summary>The id a bill gets: the same bytes for the same period are the same reconciliation.</summary>
    public static string IdOf(MonthRange period, string hash) => $"{period}_{hash[..Math.Min(16, hash.Length)]}";

    /// <summary>The figures of a bill just reconciled.</summary>
    public static ReconciledBill From(string id, string billName, DateTimeOffset at, string by, BillSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new ReconciledBill(id, summary.Period, billName, at, by, summary.BilledRows, summary.FundedPeople, summary.Counts,
            summary.Billed, summary.BilledByCode[BillCode.Matched], summary.Expected, summary.ToPay, summary.Disputed, summary.Underbilled, summary.NotBilledValue);
    }
}
