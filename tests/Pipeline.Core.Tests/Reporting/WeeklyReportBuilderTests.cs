using Pipeline.Core.Budget;
using Pipeline.Core.Model;
using Pipeline.Core.Reporting;
using Pipeline.Core.Validation;
using static Pipeline.Core.Tests.Reporting.ReportDataExamples;

namespace Pipeline.Core.Tests.Reporting;

public class WeeklyReportBuilderTests
{
    private static readonly Dictionary<ReportWeek, FiguresSnapshot> NothingStored = [];
    private readonly WeeklyReportBuilder _builder = new(Gazetteer.LabuhanbatuUtara, ContributionSchedule.Default, new WeeklySummaryOptions());

    private static ReportData TwoWeeks()
    {
        var data = new ReportData();
        data.Upload("old", "kualuh-hulu/aek-kanopan/a.xlsx", Week.Start.AddDays(-2), KualuhHulu, AekKanopan);
        data.Rows("old", KualuhHulu, AekKanopan, RecordStatus.New, 10);
        data.Rows("old", KualuhHulu, AekKanopan, RecordStatus.Rejected, 4, "NIK_MISSING");
        data.Upload("new", "na-ix-x/pulo-jantan/b.csv", Day(2), NaIxX, PuloJantan);
        data.Rows("new", NaIxX, PuloJantan, RecordStatus.New, 5);
        return data;
    }

    [Fact]
    public void The_change_is_against_the_previous_week_recomputed_when_no_summary_of_it_is_stored()
    {
        var report = _builder.Build(TwoWeeks(), Week, Week.End, Week.End, NothingStored);

        Assert.True(report.Complete);
        Assert.True(report.HasData);
        Assert.False(report.PreviousFromStoredSummary);
        Assert.Equal((15, 10), (report.Regency.Current.Statuses[RecordStatus.New], report.Regency.Previous.Statuses[RecordStatus.New]));
        var naIxX = report.Kecamatan.Single(k => k.Area.Code == NaIxX);
        Assert.Equal((5, 0), (naIxX.Area.Current.Statuses[RecordStatus.New], naIxX.Area.Previous.Statuses[RecordStatus.New]));
        Assert.Equal((1, 2), (report.Regency.Current.ListsThisWeek, report.Regency.Current.Lists));
    }

    [Fact]
    public void A_stored_summary_of_the_previous_week_is_what_the_change_is_against()
    {
        // Reported last Monday: 12 new. A re-upload since moved the list's rows into this week, so recomputing
        // last week would say 0 and overstate the change.
        var stored = new Dictionary<ReportWeek, FiguresSnapshot>
        {
            [Week.Previous] = new(new Dictionary<string, AreaCounts> { ["1223"] = new() { Statuses = Counts(RecordStatus.New, 12), Lists = 1 } }),
        };

        var report = _builder.Build(TwoWeeks(), Week, Week.End, Week.End, stored);

        Assert.True(report.PreviousFromStoredSummary);
        Assert.Equal(12, report.Regency.Previous.Statuses[RecordStatus.New]);
        var point = report.Trend[^2];
        Assert.Equal((Week.Previous, 12, true), (point.Week, point.Counts.Statuses[RecordStatus.New], point.Stored));
    }

    [Fact]
    public void The_trend_ends_with_this_week_and_goes_back_the_configured_number_of_weeks()
    {
        var report = _builder.Build(TwoWeeks(), Week, Week.End, Week.End, NothingStored);

        Assert.Equal(12, report.Trend.Count);
        Assert.Equal(Week, report.Trend[^1].Week);
        Assert.Equal(ReportWeek.Parse("2026-W37"), report.Trend[0].Week);
        Assert.Equal([0, 10, 15], report.Trend.Skip(9).Select(p => p.Counts.Statuses[RecordStatus.New]));
    }

    [Fact]
    public void The_budget_is_new_workers_times_the_rate_times_the_months_per_kecamatan_and_in_total()
    {
        var report = _builder.Build(TwoWeeks(), Week, Week.End, Week.End, NothingStored);

        Assert.Equal(new DateOnly(2026, 11, 30), report.ReportDate);
        Assert.Equal(15 * 16_800m * 12, report.Regency.Budget.Total);
        Assert.Equal(10 * 16_800m, report.Kecamatan.Single(k => k.Area.Code == KualuhHulu).Area.Budget.Monthly);
        Assert.Equal(report.Regency.Budget.Total, report.Kecamatan.Sum(k => k.Area.Budget.Total));
    }

    [Fact]
    public void Villages_to_call_are_failed_files_first_then_high_rejection_then_those_that_sent_nothing()
    {
        var data = TwoWeeks();
        data.Upload("bad", "kualuh-hulu/sukarame/rusak.xlsx", Day(3), KualuhHulu, Sukarame, "failed", "FILE_CORRUPT");

        var report = _builder.Build(data, Week, Week.End, Week.End, NothingStored);

        Assert.Equal(("Sukarame", "1 berkas tidak dapat dibaca (FILE_CORRUPT)"), (report.Contacts[0].Desa, report.Contacts[0].Reason));
        Assert.Equal("Aek Kanopan", report.Contacts[1].Desa);
        Assert.StartsWith("4 dari 14 baris ditolak (28,6%)", report.Contacts[1].Reason);
        Assert.All(report.Contacts.Skip(2), c => Assert.Equal("Belum mengirim daftar", c.Reason));
        Assert.Equal(90 - 3 + 2, report.Contacts.Count);
        Assert.DoesNotContain(report.Contacts, c => c.Desa == "Pulo Jantan");

        var worst = Assert.Single(report.HighestRejection);
        Assert.Equal(("Aek Kanopan", 4, 14), (worst.Desa, worst.Rejected, worst.Rows));
        Assert.Equal("NIK_MISSING", Assert.Single(report.TopIssues).Code);
    }

    [Fact]
    public void A_week_before_any_list_has_no_data_and_every_village_still_appears()
    {
        var report = _builder.Build(new ReportData(), Week, Week.End, Week.End, NothingStored);

        Assert.False(report.HasData);
        Assert.Equal(8, report.Kecamatan.Count);
        Assert.Equal(90, report.Kecamatan.Sum(k => k.Desa.Count));
        Assert.Equal(90, report.Contacts.Count);
        Assert.Empty(report.TopIssues);
        Assert.Equal(0m, report.Regency.Budget.Total);
    }

    [Fact]
    public void A_week_in_progress_is_not_complete()
    {
        var report = _builder.Build(TwoWeeks(), Week, Day(3), Day(3), NothingStored);
        Assert.False(report.Complete);
        Assert.Equal(1, report.Regency.Current.ListsThisWeek);
    }

    private static StatusCounts Counts(RecordStatus status, int count)
    {
        var counts = new StatusCounts();
        counts.Add(status, count);
        return counts;
    }
}
