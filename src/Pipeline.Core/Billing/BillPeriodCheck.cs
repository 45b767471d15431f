using Pipeline.Core.Budget;
using Pipeline.Core.Model;

namespace Pipeline.Core.Billing;

/// <summary>
/// Watches a reconciliation's outcomes for a bill meant for another period: when every billed row names a month
/// outside the period, the official chose the wrong bill or the wrong period, and nothing from it may be recorded.
/// </summary>
/// <remarks>One row of the right period makes it a bill of this period with some stray rows, which the rows'
/// <c>BILL_MONTH_OUTSIDE_PERIOD</c> and <c>TIDAK_DIBIAYAI</c> already say. Holds at most a dozen months.</remarks>
public sealed class BillPeriodCheck
{
    private const int MonthsNamed = 12;
    private readonly SortedSet<YearMonth> _outside = [];
    private int _rows;
    private int _rowsOutside;

    public void Observe(BillOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.BillRow is null)
        {
            return;
        }

        _rows++;
        if (outcome.Issues.Any(i => i.Code == IssueCatalog.BillMonthOutsidePeriod.Code))
        {
            _rowsOutside++;
            foreach (var month in outcome.Months.Where(_ => _outside.Count < MonthsNamed))
            {
                _outside.Add(month);
            }
        }
    }

    /// <summary><c>BILL_PERIOD_MISMATCH</c> when every billed row lay outside <paramref name="period"/>; null otherwise.</summary>
    public Issue? Mismatch(MonthRange period) =>
        _rows > 0 && _rowsOutside == _rows
            ? IssueCatalog.BillPeriodMismatch.Create(period.ToIndonesian(), string.Join(", ", _outside.Select(m => m.ToIndonesian())))
            : null;
}
