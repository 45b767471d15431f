using Pipeline.Core.Budget;

namespace Pipeline.Core.Billing;

/// <summary>The figures of one reconciled bill: what was billed, what to pay, what is disputed, and how many of each code.</summary>
/// <remarks>
/// The figures add up by construction: <see cref="Billed"/> = <see cref="ToPay"/> + <see cref="Disputed"/>. Amounts that
/// cannot be read count as 0 billed. <see cref="NotBilledValue"/> and <see cref="Underbilled"/> are owed by the rule but
/// absent from the bill: nothing is paid for them, and they are not disputes but follow-ups.
/// </remarks>
public sealed record BillSummary
{
    public required MonthRange Period { get; init; }

    /// <summary>The rate in force in each month of the period (one money rule: <see cref="ContributionSchedule.RateIn"/>).</summary>
    public required IReadOnlyList<(YearMonth Month, ContributionRate Rate)> Rates { get; init; }

    /// <summary>People funded in at least one month of the period.</summary>
    public required int FundedPeople { get; init; }

    /// <summary>Rows read from the bill.</summary>
    public required int BilledRows { get; init; }

    /// <summary>Sum of the amounts billed (unreadable amounts count 0).</summary>
    public required decimal Billed { get; init; }

    /// <summary>Sum of what the rule says the billed rows should cost.</summary>
    public required decimal Expected { get; init; }

    /// <summary>The amount to pay BPJS for this bill.</summary>
    public required decimal ToPay { get; init; }

    /// <summary>Billed but not paid: rows not funded, billed twice, after funding ended, or over the rule's amount.</summary>
    public required decimal Disputed { get; init; }

    /// <summary>What the rule says is owed for rows billed below it (paid as billed; the rest is not billed).</summary>
    public required decimal Underbilled { get; init; }

    /// <summary>What the rule says the funded months nobody billed are worth (<see cref="BillCode.NotBilled"/>).</summary>
    public required decimal NotBilledValue { get; init; }

    /// <summary>Outcomes per code; every code present, 0 when none.</summary>
    public required IReadOnlyDictionary<BillCode, int> Counts { get; init; }

    /// <summary>Amount billed per code; every code present.</summary>
    public required IReadOnlyDictionary<BillCode, decimal> BilledByCode { get; init; }

    /// <summary>Rows per row issue code (<c>BILL_*</c>), most frequent first.</summary>
    public required IReadOnlyList<(string Code, int Rows, string Example)> RowIssues { get; init; }
}
