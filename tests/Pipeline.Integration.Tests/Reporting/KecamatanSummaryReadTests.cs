using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Reporting;
using Pipeline.Core.Validation;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage.Reporting;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Reporting;

/// <summary>
/// A camat's summary reads only the rows that can count for their kecamatan, and says exactly what the regency's
/// report says of it: files in each kecamatan's folder, a failed file, and a file outside any kecamatan folder whose
/// rows name their own desa.
/// </summary>
public sealed class KecamatanSummaryReadTests
{
    [Fact]
    public async Task Each_kecamatans_summary_read_alone_equals_its_cut_of_the_regency_report()
    {
        await using var environment = await TestEnvironment.StartAsync();
        await environment.UploadAndIngestAsync("kualuh-hulu/aek-kanopan/daftar.xlsx", VillageList(
            Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L"),
            Worker(2, "1223015508920004", "Rina Pohan", "15-08-1992", "P", desa: "Pulo Jantan"),
            Worker(3, "", "Tanpa NIK", "01-01-1985", "L")));
        await environment.UploadAndIngestAsync("na-ix-x/pulo-jantan/daftar.xlsx", VillageList(
            Worker(1, "1223064506900001", "Siti Aminah", "05-06-1990", "P", desa: "Pulo Jantan"),
            Worker(2, "1223061111750002", "Hotman Sitorus", "11-11-1975", "L", desa: "Pulo Jantan")));
        await environment.UploadAndIngestAsync("kiriman/daftar.xlsx", VillageList(
            Worker(1, "1223062203880003", "Lina Tanjung", "22-03-1988", "P", desa: "Pulo Jantan"),
            Worker(2, "1223010101700004", "Darwin Nasution", "01-01-1970", "L", desa: "Aek Kanopan")));
        await environment.UploadAndIngestAsync("na-ix-x/pulo-jantan/rusak.xlsx", "bukan workbook"u8.ToArray());
        var service = environment.Services.GetRequiredService<WeeklySummaryService>();
        var week = ReportWeek.Containing(DateTimeOffset.UtcNow);

        var regency = await service.BuildAsync(week, default);
        foreach (var kecamatan in Gazetteer.LabuhanbatuUtara.Kecamatan)
        {
            var cut = KecamatanSummary.Of(regency, kecamatan.Code);
            var alone = await service.BuildKecamatanAsync(week, kecamatan.Code, default);
            Assert.Equal(Json(cut!), Json(alone!));
        }

        var naIxX = (await service.BuildKecamatanAsync(week, Gazetteer.LabuhanbatuUtara.FindKecamatan("na-ix-x")!.Code, default))!;
        Assert.Equal((3, 1), (naIxX.Kecamatan.Current.Rows, naIxX.Kecamatan.Current.FailedLists));
        Assert.Null(await service.BuildKecamatanAsync(week, "999999", default));
    }

    /// <summary>Everything but the instant it was read (now, for the week in progress), as JSON: equal means equal figures.</summary>
    private static string Json(KecamatanSummary summary) =>
        JsonSerializer.Serialize(new { Week = summary.Week.ToString(), summary.Complete, summary.Kecamatan, summary.Desa, summary.DesaMissing, summary.Contacts });
}
