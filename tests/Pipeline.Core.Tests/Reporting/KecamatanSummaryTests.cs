using Pipeline.Core.Budget;
using Pipeline.Core.Model;
using Pipeline.Core.Reporting;
using Pipeline.Core.Validation;
using static Pipeline.Core.Tests.Reporting.ReportDataExamples;

namespace Pipeline.Core.Tests.Reporting;

public sealed class KecamatanSummaryTests
{
    private readonly WeeklyReportBuilder _builder = new(Gazetteer.LabuhanbatuUtara, ContributionSchedule.Default, new WeeklySummaryOptions());

    private WeeklyReport Report()
    {
        var data = new ReportData();
        data.Upload("a", "kualuh-hulu/aek-kanopan/a.xlsx", Day(2), KualuhHulu, AekKanopan);
        data.Rows("a", KualuhHulu, AekKanopan, RecordStatus.New, 10);
        data.Rows("a", KualuhHulu, AekKanopan, RecordStatus.Rejected, 4, "NIK_MISSING");
        data.Upload("b", "na-ix-x/pulo-jantan/b.csv", Day(3), NaIxX, PuloJantan);
        data.Rows("b", NaIxX, PuloJantan, RecordStatus.New, 5);
        return _builder.Build(data, Week, Week.End, Week.End, new Dictionary<ReportWeek, FiguresSnapshot>());
    }

    [Fact]
    public void A_kecamatan_reads_the_figures_the_regency_summary_shows_for_it()
    {
        var report = Report();
        var summary = KecamatanSummary.Of(report, KualuhHulu)!;
        var inRegency = report.Kecamatan.Single(k => k.Area.Code == KualuhHulu);

        Assert.Same(inRegency.Area, summary.Kecamatan);
        Assert.Equal(inRegency.Desa, summary.Desa);
        Assert.Equal((14, 10, 4), (summary.Kecamatan.Current.Rows, summary.Kecamatan.Current.Candidates, summary.Kecamatan.Current.Rejected));
        Assert.Equal(Week, summary.Week);
    }

    [Fact]
    public void Nothing_of_another_kecamatan_is_in_it()
    {
        var summary = KecamatanSummary.Of(Report(), KualuhHulu)!;
        var gazetteer = Gazetteer.LabuhanbatuUtara;
        var own = gazetteer.Desa.Where(d => d.ParentCode == KualuhHulu).Select(d => d.Name).ToHashSet();

        Assert.All(summary.Desa, d => Assert.StartsWith(KualuhHulu, d.Code, StringComparison.Ordinal));
        Assert.All(summary.DesaMissing, name => Assert.Contains(name, own));
        Assert.All(summary.Contacts, c => Assert.Equal(summary.Kecamatan.Name, c.Kecamatan));
        Assert.DoesNotContain("Aek Kanopan", summary.DesaMissing);
        Assert.Equal(own.Count - 1, summary.DesaMissing.Count);
    }

    [Fact]
    public void An_unknown_kecamatan_has_no_summary() => Assert.Null(KecamatanSummary.Of(Report(), "999999"));

    [Theory]
    [InlineData("kualuh-hulu/aek-kanopan/daftar.xlsx", true)]
    [InlineData("Kualuh Hulu\\Aek Kanopan\\daftar.xlsx", true)]
    [InlineData("na-ix-x/pulo-jantan/daftar.xlsx", false)]
    [InlineData("kiriman/daftar.xlsx", true)] // no kecamatan folder: its rows name their own place
    [InlineData("daftar.xlsx", true)]
    public void Only_its_own_kecamatans_files_and_files_outside_any_kecamatan_folder_may_hold_its_rows(string path, bool may) =>
        Assert.Equal(may, UploadPlace.MayHoldRowsOf(Gazetteer.LabuhanbatuUtara, path, KualuhHulu));
}
