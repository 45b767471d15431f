using Pipeline.Core.Budget;

namespace Pipeline.Core.Billing;

/// <summary>Adds outcomes up as they stream past, into a <see cref="BillSummary"/>; holds nothing per row.</summary>
internal sealed class BillTotals
{
    private readonly Dictionary<BillCode, int> _counts = Enum.GetValues<BillCode>().ToDictionary(c => c, _ => 0);
    private readonly Dictionary<BillCode, decimal> _billedByCode = Enum.GetValues<BillCode>().ToDictionary(c => c, _ => 0m);
    private readonly Dictionary<string, (int Rows, string Example)> _issues = new(StringComparer.Ordinal);
    private int _rows;
    private decimal _billed;
    private decimal _expected;
    private decimal _toPay;
    private decimal _underbilled;
    private decimal _notBilled;

    public void Add(BillOutcome outcome)
    {
        _counts[outcome.Code]++;
        if (outcome.Code == BillCode.NotBilled)
        {
            _notBilled += outcome.Expected;
            return;
        }

        _rows++;
        var billed = outcome.Billed ?? 0;
        _billed += billed;
        _billedByCode[outcome.Code] += billed;
        _expected += outcome.Expected;
        _toPay += outcome.ToPay;
        if (outcome.Billed is { } amount && amount < outcome.Expected && outcome.Code is BillCode.AmountDiffers)
        {
            _underbilled += outcome.Expected - amount;
        }

        foreach (var issue in outcome.Issues.DistinctBy(i => i.Code))
        {
            _issues[issue.Code] = _issues.TryGetValue(issue.Code, out var seen) ? (seen.Rows + 1, seen.Example) : (1, issue.Message);
        }
    }

    public BillSummary ToSummary(MonthRange period, ContributionSchedule schedule, int fundedPeople) => new()
    {
        Period = period,
        Rates = period.Select(month => (month, schedule.RateIn(month))).ToList(),
        FundedPeople = fundedPeople,
        BilledRows = _rows,
        Billed = _billed,
        Expected = _expected,
        ToPay = _toPay,
        Disputed = _billed - _toPay,
        Underbilled = _underbilled,
        NotBilledValue = _notBilled,
        Counts = _counts,
        BilledByCode = _billedByCode,
        RowIssues = _issues
            .OrderByDescending(p => p.Value.Rows).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (p.Key, p.Value.Rows, p.Value.Example))
            .ToList(),
    };
}
