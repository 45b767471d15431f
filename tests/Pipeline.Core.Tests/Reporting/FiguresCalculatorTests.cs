using Pipeline.Core.Model;
using Pipeline.Core.Reporting;
using Pipeline.Core.Validation;
using static Pipeline.Core.Tests.Reporting.ReportDataExamples;

namespace Pipeline.Core.Tests.Reporting;

public class FiguresCalculatorTests
{
    private readonly FiguresCalculator _calculator = new(Gazetteer.LabuhanbatuUtara);

    [Fact]
    public void Counts_every_area_of_the_gazetteer_also_those_without_data()
    {
        var data = new ReportData();
        data.Upload("u1", "kualuh-hulu/aek-kanopan/a.xlsx", Day(2), KualuhHulu, AekKanopan);
        data.Rows("u1", KualuhHulu, AekKanopan, RecordStatus.New, 7);

        var counts = _calculator.Compute(data, Week.Start, Week.End).Counts;

        Assert.Equal(1 + 8 + 90, counts.Areas.Count);
        Assert.Equal(90, counts["1223"].Desa);
        Assert.Equal(1, counts["1223"].DesaWithData);
        Assert.Equal(89, counts["1223"].DesaWithoutData);
        Assert.Equal(0, counts[Sukarame].Rows);
        Assert.Equal(0, counts[Sukarame].DesaWithData);
        Assert.Equal(1, counts[AekKanopan].DesaWithData);
        Assert.Equal(0, counts["122304"].Lists);
    }

    [Fact]
    public void Lists_count_for_the_sender_and_rows_for_the_place_they_name()
    {
        var data = new ReportData();
        data.Upload("u1", "kualuh-hulu/aek-kanopan/a.xlsx", Day(1), KualuhHulu, AekKanopan);
        data.Rows("u1", KualuhHulu, AekKanopan, RecordStatus.New, 5);
        // A neighbour's people in Aek Kanopan's list: Sukarame has data, but sent no list.
        data.Rows("u1", KualuhHulu, Sukarame, RecordStatus.Duplicate, 2, "DUPLICATE_OTHER_FILE");
        data.Rows("u1", KualuhHulu, null, RecordStatus.Rejected, 1, "NIK_MISSING;DESA_MISSING");

        var counts = _calculator.Compute(data, Week.Start, Week.End).Counts;

        Assert.Equal((1, 5, 5), (counts[AekKanopan].Lists, counts[AekKanopan].Rows, counts[AekKanopan].Statuses[RecordStatus.New]));
        Assert.Equal((0, 2, 2, 1), (counts[Sukarame].Lists, counts[Sukarame].Rows, counts[Sukarame].Statuses[RecordStatus.Duplicate], counts[Sukarame].DesaWithData));
        Assert.Equal(1, counts[AreaKeys.Unknown(KualuhHulu)].Rejected);
        Assert.Equal((1, 8, 2), (counts[KualuhHulu].Lists, counts[KualuhHulu].Rows, counts[KualuhHulu].DesaWithData));
        Assert.Equal(8, counts["1223"].Rows);
    }

    [Fact]
    public void Uploads_after_the_cutoff_are_left_out_and_this_week_is_told_from_earlier_weeks()
    {
        var data = new ReportData();
        data.Upload("old", "kualuh-hulu/aek-kanopan/a.xlsx", Week.Start.AddDays(-3), KualuhHulu, AekKanopan);
        data.Rows("old", KualuhHulu, AekKanopan, RecordStatus.New, 4);
        data.Upload("now", "kualuh-hulu/sukarame/b.xlsx", Day(3), KualuhHulu, Sukarame);
        data.Rows("now", KualuhHulu, Sukarame, RecordStatus.New, 6);
        data.Upload("later", "na-ix-x/pulo-jantan/c.csv", Week.End.AddHours(1), NaIxX, PuloJantan);
        data.Rows("later", NaIxX, PuloJantan, RecordStatus.New, 9);

        var counts = _calculator.Compute(data, Week.Start, Week.End).Counts;
        Assert.Equal((1, 2, 10), (counts["1223"].ListsThisWeek, counts["1223"].Lists, counts["1223"].Statuses[RecordStatus.New]));
        Assert.Equal(0, counts[PuloJantan].Rows);

        var before = _calculator.Compute(data, Week.Previous.Start, Week.Previous.End).Counts;
        Assert.Equal((1, 1, 4), (before["1223"].ListsThisWeek, before["1223"].Lists, before["1223"].Statuses[RecordStatus.New]));

        // Mid-week: Wednesday's list is not there yet on Tuesday night.
        var tuesday = _calculator.Compute(data, Week.Start, Week.Start.AddDays(2)).Counts;
        Assert.Equal((0, 1), (tuesday["1223"].ListsThisWeek, tuesday["1223"].Lists));
    }

    [Fact]
    public void A_failed_list_counts_as_received_and_failed()
    {
        var data = new ReportData();
        data.Upload("bad", "kualuh-hulu/sukarame/rusak.xlsx", Day(2), KualuhHulu, Sukarame, "failed", "FILE_CORRUPT");

        var counts = _calculator.Compute(data, Week.Start, Week.End).Counts;
        Assert.Equal((1, 1, 0, 1), (counts[Sukarame].Lists, counts[Sukarame].FailedLists, counts[Sukarame].Rows, counts[Sukarame].DesaWithData));
    }

    [Fact]
    public void Rejection_reasons_are_the_errors_of_rejected_rows_and_issues_count_rows_once()
    {
        var data = new ReportData();
        data.Upload("u1", "kualuh-hulu/aek-kanopan/a.xlsx", Day(1), KualuhHulu, AekKanopan);
        data.Rows("u1", KualuhHulu, AekKanopan, RecordStatus.Rejected, 3, "NIK_WRONG_LENGTH;PHONE_INVALID");
        data.Rows("u1", KualuhHulu, AekKanopan, RecordStatus.New, 2, "PHONE_INVALID;PHONE_INVALID");

        var tally = _calculator.Compute(data, Week.Start, Week.End).Tally(AekKanopan);
        Assert.Equal(5, tally.Issues["PHONE_INVALID"]);
        Assert.Equal(3, tally.Issues["NIK_WRONG_LENGTH"]);
        Assert.Equal(3, Assert.Single(tally.RejectReasons).Value);
    }

    [Fact]
    public void A_place_outside_the_gazetteer_counts_as_unknown_in_the_regency()
    {
        var data = new ReportData();
        data.Upload("u1", "lain/tempat/a.xlsx", Day(1), "999999", null);
        data.Rows("u1", null, null, RecordStatus.New, 2);

        var counts = _calculator.Compute(data, Week.Start, Week.End).Counts;
        Assert.Equal((1, 2), (counts["1223-?"].Lists, counts["1223-?"].Rows));
        Assert.Equal(2, counts["1223"].Statuses[RecordStatus.New]);
        Assert.Equal(0, counts["1223"].DesaWithData);
    }

    [Fact]
    public void A_snapshot_survives_its_json()
    {
        var data = new ReportData();
        data.Upload("u1", "kualuh-hulu/aek-kanopan/a.xlsx", Day(1), KualuhHulu, AekKanopan);
        data.Rows("u1", KualuhHulu, AekKanopan, RecordStatus.New, 3);
        data.Rows("u1", KualuhHulu, AekKanopan, RecordStatus.Review, 1);
        var counts = _calculator.Compute(data, Week.Start, Week.End).Counts;

        var json = counts.ToJson();
        var back = FiguresSnapshot.FromJson(json);

        Assert.True(json.Length < 16_000, $"{json.Length} characters");
        Assert.Equal(counts.Areas.Count, back.Areas.Count);
        foreach (var (key, value) in counts.Areas)
        {
            Assert.Equal(value, back[key]);
        }
    }
}
