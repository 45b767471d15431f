using System.Text;
using Pipeline.Core.Billing;
using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;

namespace Pipeline.Core.Tests.Billing;

/// <summary>Funded people and bills as BPJS sends them (semicolon CSV), for the reconciliation tests.</summary>
internal static class BillTestData
{
    public static readonly YearMonth January = YearMonth.Of(2027, 1);
    public static readonly MonthRange JanuaryOnly = MonthRange.Single(January);

    /// <summary>A NIK of Kualuh Hulu (122301), born 1980, with serial <paramref name="serial"/>.</summary>
    public static string Nik(int serial) => $"1223010101{80:D2}{serial:D4}";

    /// <summary>An 11-digit KPJ.</summary>
    public static string Kpj(int serial) => $"270{serial:D8}";

    public static FundedPeriod Person(int serial, string from, string? endedFrom = null, string? reason = null, bool withKpj = true) => new(
        $"P{serial:x12}",
        Nik(serial),
        withKpj ? Kpj(serial) : null,
        $"PESERTA {serial}",
        "122301",
        "1223011001",
        YearMonth.Parse(from),
        endedFrom is null ? null : YearMonth.Parse(endedFrom),
        reason);

    public static MemoryStream Csv(params string[] lines) =>
        new(new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetBytes(string.Join("\r\n", lines) + "\r\n"));

    /// <summary>Reads a bill and reconciles it; the outcomes in the order they were handed out.</summary>
    public static (List<BillOutcome> Outcomes, BillSummary Summary) Reconcile(
        MonthRange period, CohortIndex cohort, Stream bill, ContributionSchedule? schedule = null, string fileName = "tagihan.csv")
    {
        using var sheet = BillReader.Open(bill, fileName);
        var outcomes = new List<BillOutcome>();
        var summary = new BillReconciler(schedule ?? ContributionSchedule.Default).Reconcile(period, cohort, sheet.Rows, outcomes.Add);
        return (outcomes, summary);
    }

    public static Dictionary<BillCode, int> Counts(IEnumerable<BillOutcome> outcomes) =>
        Enum.GetValues<BillCode>().ToDictionary(c => c, c => outcomes.Count(o => o.Code == c));
}
