using Pipeline.Core.Model;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Reporting;
using Pipeline.Core.Validation;
using Pipeline.Storage.Reporting;
using static Pipeline.Integration.Tests.Reporting.WeeklySummaryScenario;

namespace Pipeline.Integration.Tests.Reporting;

/// <summary>The weekly summary made from stored results by the service, the timer function and the CLI's export beside it.</summary>
[Collection(WeeklySummaryCollection.Name)]
public sealed class WeeklySummaryTests(WeeklySummaryScenario scenario)
{
    private static readonly Gazetteer Places = Gazetteer.LabuhanbatuUtara;

    [Fact]
    public async Task Every_area_agrees_with_records_csv_counted_independently()
    {
        var records = ReadRecords();
        var snapshot = FiguresSnapshot.FromJson(scenario.SecondRun.Figures);
        Assert.True(scenario.SecondRun.Complete);
        Assert.Equal(113, records.Count);

        var areas = Places.Desa.Select(d => (Key: d.Code, Rows: records.Where(r => r["desa_code"] == d.Code).ToList()))
            .Concat(Places.Kecamatan.Select(k => (Key: k.Code, Rows: records.Where(r => r["kecamatan_code"] == k.Code).ToList())))
            .Append((Key: Places.RegencyCode, Rows: records));
        foreach (var (key, rows) in areas)
        {
            var counts = snapshot[key];
            int Count(string status) => rows.Count(r => r["status"] == status);
            Assert.True(
                (rows.Count, Count("new"), Count("duplicate"), Count("enrolled"), Count("review"), Count("rejected"), Count("ineligible"))
                == (counts.Rows, counts.Statuses[RecordStatus.New], counts.Statuses[RecordStatus.Duplicate], counts.Statuses[RecordStatus.Enrolled], counts.Statuses[RecordStatus.Review], counts.Rejected, counts.Statuses[RecordStatus.Ineligible]),
                $"area {key}");
        }

        Assert.Equal(records.Count(r => r["status"] == "new"), scenario.SecondRun.Statuses[RecordStatus.New]);
        // The budget is the people to be paid for: new, and the register's lapsed participants to reactivate (2 in the samples).
        Assert.Equal(2, records.Count(r => r["status"] == "reactivate"));
        Assert.Equal(records.Count(r => r["status"] is "new" or "reactivate") * 16_800L * 12, scenario.SecondRun.BudgetTotal);

        // The workbook shows the same figures, desa by desa.
        using var workbook = new XLWorkbook(new MemoryStream(await scenario.ReadBytesAsync(scenario.SecondRun.WorkbookPath)));
        foreach (var kecamatan in Places.Kecamatan)
        {
            var sheet = workbook.Worksheet(ReportWorkbookWriter.KecamatanSheetName(kecamatan.Name));
            var header = sheet.Row(sheet.SheetView.SplitRow);
            int Column(string name) => header.CellsUsed().Single(c => c.GetString() == name).Address.ColumnNumber;
            foreach (var desa in Places.Desa.Where(d => d.ParentCode == kecamatan.Code))
            {
                var row = sheet.Column(1).CellsUsed().First(c => c.GetString() == desa.Name && c.Address.RowNumber > header.RowNumber()).WorksheetRow();
                var rows = records.Where(r => r["desa_code"] == desa.Code).ToList();
                Assert.Equal(rows.Count, row.Cell(Column("Baris")).GetValue<int>());
                Assert.Equal(rows.Count(r => r["status"] == "new"), row.Cell(Column("Pekerja baru memenuhi syarat")).GetValue<int>());
                Assert.Equal(rows.Count(r => r["status"] == "rejected"), row.Cell(Column("Ditolak")).GetValue<int>());
            }
        }
    }

    [Fact]
    public async Task The_new_workers_sheet_lists_exactly_the_rows_to_be_paid_for_of_records_csv()
    {
        var expected = ReadRecords().Where(r => r["status"] is "new" or "reactivate").Select(r => $"{r["source_file"]}#{r["source_row"]}").Order(StringComparer.Ordinal);

        using var workbook = new XLWorkbook(new MemoryStream(await scenario.ReadBytesAsync(scenario.SecondRun.WorkbookPath)));
        var sheet = workbook.Worksheet(ReportWorkbookWriter.NewWorkersSheet);
        var header = sheet.SheetView.SplitRow;
        var listed = sheet.RowsUsed().Where(r => r.RowNumber() > header)
            .Select(r => $"{r.Cell(11).GetString()}#{r.Cell(12).GetString()}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, listed);
        Assert.DoesNotContain(workbook.Worksheets.SelectMany(s => s.CellsUsed()), c => c.HasFormula);
    }

    [Fact]
    public void Lists_are_counted_by_the_week_they_arrived_and_the_change_is_against_the_week_before()
    {
        var snapshot = FiguresSnapshot.FromJson(scenario.SecondRun.Figures);
        Assert.Equal((3, 5, 1), (scenario.SecondRun.ListsThisWeek, scenario.SecondRun.Lists, scenario.SecondRun.FailedLists));
        Assert.Equal((1, 2, 1), (snapshot["1223012012"].ListsThisWeek, snapshot["1223012012"].Lists, snapshot["1223012012"].FailedLists));
        Assert.Equal(4, scenario.SecondRun.DesaWithData);
        Assert.Equal(86, scenario.SecondRun.Desa - scenario.SecondRun.DesaWithData);

        // W47 was only ever made mid-week with no data, so W48 compares with W47 recomputed: 2 lists then.
        Assert.Contains("dihitung ulang dari data yang tersimpan sekarang", scenario.SecondRunPage);
        Assert.Contains("Sukarame", scenario.SecondRunPage);
        Assert.Contains("1 berkas tidak dapat dibaca", scenario.SecondRunPage);
    }

    [Fact]
    public void Making_the_same_week_again_replaces_its_row_workbook_and_page()
    {
        Assert.False(scenario.FirstRun.Complete);
        Assert.Equal((4, 0), (scenario.FirstRun.Lists, scenario.FirstRun.FailedLists));
        Assert.Contains("minggu berjalan", scenario.FirstRunPage);

        Assert.True(scenario.SecondRun.Complete);
        Assert.Equal((5, 1), (scenario.SecondRun.Lists, scenario.SecondRun.FailedLists));
        Assert.True(scenario.SecondRun.GeneratedAt > scenario.FirstRun.GeneratedAt);
        Assert.Equal(scenario.FirstRun.PagePath, scenario.SecondRun.PagePath);
        Assert.DoesNotContain("minggu berjalan", scenario.SecondRunPage);
        Assert.Contains("Senin, 30 November 2026 pukul 00.00 WIB", scenario.SecondRunPage);

        Assert.Single(scenario.Stored, s => s.RowKey == W48.ToString());
        Assert.Equal(
            ["2026-W48/ringkasan-mingguan-2026-W48.html", "2026-W48/ringkasan-mingguan-2026-W48.xlsx"],
            scenario.ReportBlobs.Where(b => b.StartsWith("2026-W48/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_week_with_no_data_is_made_and_says_so()
    {
        Assert.Equal(W47, scenario.EmptyWeek.Week);
        Assert.False(scenario.EmptyWeek.HasData);
        Assert.Equal(0, scenario.EmptyWeek.Regency.Rows);
        Assert.Contains("Belum ada daftar yang diterima", scenario.EmptyWeekPage);
    }

    [Fact]
    public void The_timer_catches_up_the_weeks_missed_since_the_last_complete_summary()
    {
        Assert.Equal(["2026-W47", "2026-W48", "2026-W49", "2026-W50"], scenario.Stored.Select(s => s.RowKey));
        Assert.False(scenario.Stored[0].Complete); // made mid-week, before any list; never the timer's
        Assert.All(scenario.Stored.Skip(1), s => Assert.True(s.Complete));

        var w49 = scenario.Stored[2];
        Assert.Equal((0, 5, scenario.SecondRun.Statuses[RecordStatus.New]), (w49.ListsThisWeek, w49.Lists, w49.Statuses[RecordStatus.New]));
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 17, 0, 0, TimeSpan.Zero), w49.AsOf);
    }

    [Fact]
    public async Task A_week_that_has_not_begun_is_refused()
    {
        var service = scenario.Services.GetRequiredService<WeeklySummaryService>();
        var future = ReportWeek.Containing(scenario.Clock.GetUtcNow()).Next;
        var refused = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => service.MakeAsync(future, CancellationToken.None));
        Assert.Contains("has not begun", refused.Message);
    }

    private List<Dictionary<string, string>> ReadRecords()
    {
        var csv = CliTests.ReadCsv(Path.Combine(scenario.ExportDir, "records.csv"));
        return csv.Skip(1).Select(row => csv[0].Zip(row).ToDictionary(p => p.First, p => p.Second)).ToList();
    }
}
