using System.Net;
using Pipeline.Api.Auth;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Api;

/// <summary>The uploads endpoints over real HTTP: list with counts and filters, one upload, its records, its result.</summary>
public sealed class UploadEndpointTests
{
    private const string AekKanopan = "kualuh-hulu/aek-kanopan/daftar.xlsx";
    private const string Damuli = "kualuh-selatan/damuli-pekan/data.xlsx";

    [Fact]
    public async Task Uploads_are_listed_with_counts_filtered_by_kecamatan_and_status()
    {
        await using var host = await ApiHost.StartAsync();
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(
            Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L"),
            Worker(2, "", "Tanpa NIK", "01-01-1985", "L")));
        await host.Environment.UploadAndIngestAsync(Damuli, VillageList(Worker(1, "1223021505850003", "Ahmad Lubis", "15-05-1985", "L", desa: "Damuli Pekan")));
        var client = host.As("rina", ApiRoles.Reviewer);

        var all = await ApiHost.GetJsonAsync(client, "api/uploads");
        Assert.Equal(2, all.GetProperty("total").GetInt32());
        Assert.Equal((3, 2, 1), (all.GetProperty("rows").GetInt32(), all.GetProperty("counts").GetProperty("new").GetInt32(), all.GetProperty("counts").GetProperty("rejected").GetInt32()));

        var hulu = await ApiHost.GetJsonAsync(client, "api/uploads?kecamatan=kualuh-hulu&status=processed");
        var upload = Assert.Single(hulu.GetProperty("items").EnumerateArray());
        Assert.Equal(AekKanopan, upload.GetProperty("path").GetString());
        Assert.Equal("122301", upload.GetProperty("kecamatanCode").GetString());
        Assert.Equal("Aek Kanopan", upload.GetProperty("desaName").GetString());
        Assert.Equal((1, 1), (upload.GetProperty("counts").GetProperty("new").GetInt32(), upload.GetProperty("counts").GetProperty("rejected").GetInt32()));
        Assert.Equal(0, (await ApiHost.GetJsonAsync(client, "api/uploads?status=failed")).GetProperty("total").GetInt32());

        var key = upload.GetProperty("uploadKey").GetString();
        var one = await ApiHost.GetJsonAsync(client, $"api/uploads/{key}");
        Assert.Equal(AekKanopan, one.GetProperty("path").GetString());

        var records = (await ApiHost.GetJsonAsync(client, $"api/uploads/{key}/records")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([4, 5], records.Select(r => r.GetProperty("sourceRow").GetInt32()));
        Assert.Equal("Ditolak", records[1].GetProperty("statusLabel").GetString());
        Assert.Contains(records[1].GetProperty("issues").EnumerateArray(), i => i.GetProperty("code").GetString() == "NIK_MISSING");

        var result = await client.GetAsync(upload.GetProperty("resultUrl").GetString()!.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        using var workbook = Open(await result.Content.ReadAsByteArrayAsync());
        Assert.True(workbook.TryGetWorksheet("Hasil", out _));
    }
}
