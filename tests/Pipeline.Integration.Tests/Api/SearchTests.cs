using System.Net;
using System.Net.Http.Json;
using Azure.Data.Tables;
using Pipeline.Api.Auth;
using Pipeline.Core.Model;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Api;

/// <summary>Record search (NIK, name through the match key, desa, status), a person's listings, role assignments.</summary>
public sealed class SearchTests
{
    [Fact]
    public async Task Records_are_found_by_NIK_by_old_spelling_of_the_name_by_desa_and_status_and_a_person_shows_every_listing()
    {
        await using var host = await ApiHost.StartAsync();
        await host.Environment.UploadAndIngestAsync("kualuh-hulu/aek-kanopan/daftar.xlsx", VillageList(
            Worker(1, "1223011203800001", "Djoko Soeharto", "12-03-1980", "L"),
            Worker(2, "1223016507900002", "Sri Wahyuni Harahap", "25-07-1990", "P")));
        await host.Environment.UploadAndIngestAsync("kualuh-hulu/sukarame/data.xlsx", VillageList(
            Worker(1, "1223011203800001", "Joko Suharto", "12-03-1980", "L", desa: "Sukarame")));
        var client = host.As("rina", ApiRoles.Reviewer);

        var byNik = (await ApiHost.GetJsonAsync(client, "api/records?nik=1223-0112-0380-0001")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["duplicate", "new"], byNik.Select(r => r.GetProperty("status").GetString()).Order());

        // Old spelling finds the new one and back; a first name finds the full name.
        foreach (var query in new[] { "Djoko Soeharto", "joko suharto", "Djoko" })
        {
            var found = (await ApiHost.GetJsonAsync(client, $"api/records?name={Uri.EscapeDataString(query)}")).GetProperty("items").EnumerateArray();
            Assert.Equal(2, found.Count());
        }

        var inSukarame = (await ApiHost.GetJsonAsync(client, "api/records?desa=Sukarame")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("JOKO SUHARTO", Assert.Single(inSukarame).GetProperty("name").GetString());
        var newOnes = (await ApiHost.GetJsonAsync(client, "api/records?status=new")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, newOnes.Count);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("api/records?desa=Atlantis")).StatusCode);

        var person = await ApiHost.GetJsonAsync(client, $"api/persons/{byNik[0].GetProperty("personId").GetString()}");
        Assert.Equal(2, person.GetProperty("listings").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("api/persons/Pdoesnotexist")).StatusCode);
    }

    [Fact]
    public async Task Lookups_page_by_NIK_prefix_and_name_and_a_row_gone_from_a_new_version_is_no_longer_found()
    {
        await using var host = await ApiHost.StartAsync();
        const string path = "kualuh-hulu/aek-kanopan/daftar.xlsx";
        await host.Environment.UploadAndIngestAsync(path, VillageList(
            Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L"),
            Worker(2, "1223011203800002", "Budiman Nasution", "12-03-1981", "L"),
            Worker(3, "1223016507900003", "Sri Wahyuni Harahap", "25-07-1990", "P")));
        var client = host.As("rina", ApiRoles.Reviewer);

        // A NIK's first digits, a page of one at a time: each page names the next until the range ends.
        var first = await ApiHost.GetJsonAsync(client, "api/records?nik=12230112038&pageSize=1");
        var second = await ApiHost.GetJsonAsync(client, $"api/records?nik=12230112038&pageSize=1&next={Uri.EscapeDataString(first.GetProperty("next").GetString()!)}");
        Assert.Equal(["BUDI SIREGAR", "BUDIMAN NASUTION"], new[] { first, second }.Select(p => Assert.Single(p.GetProperty("items").EnumerateArray()).GetProperty("name").GetString()));
        Assert.Equal(2, (await ApiHost.GetJsonAsync(client, "api/records?name=budi")).GetProperty("items").GetArrayLength());
        Assert.Empty((await ApiHost.GetJsonAsync(client, "api/records?nik=1223011203800001&status=duplicate")).GetProperty("items").EnumerateArray());
        var budiman = (await ApiHost.GetJsonAsync(client, "api/records?nik=1223011203800002")).GetProperty("items")[0].GetProperty("personId").GetString();

        // The new version drops Budiman: his pointers stay behind, and reads skip them.
        await host.Environment.UploadAndIngestAsync(path, VillageList(
            Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L"),
            Worker(2, "1223016507900003", "Sri Wahyuni Harahap", "25-07-1990", "P")));
        Assert.Empty((await ApiHost.GetJsonAsync(client, "api/records?nik=1223011203800002")).GetProperty("items").EnumerateArray());
        Assert.Equal("BUDI SIREGAR", Assert.Single((await ApiHost.GetJsonAsync(client, "api/records?name=budi")).GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"api/persons/{budiman}")).StatusCode);
        Assert.Equal(2, (await ApiHost.GetJsonAsync(client, "api/records?nik=1223")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Each_kind_of_pointer_has_a_table_of_its_own_with_one_pointer_per_row()
    {
        await using var environment = await TestEnvironment.StartAsync();
        await environment.UploadAndIngestAsync("kualuh-hulu/aek-kanopan/daftar.xlsx", VillageList(
            Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L"),
            Worker(2, "1223016507900003", "Sri Wahyuni Harahap", "25-07-1990", "P")));

        var pointed = new List<string[]>();
        foreach (var (table, kind) in new[] { (StorageNames.RecordsByNikTable, "nik"), (StorageNames.RecordsByNameTable, "name"), (StorageNames.RecordsByPersonTable, "person") })
        {
            var pointers = new List<TableEntity>();
            await foreach (var pointer in new TableClient(environment.ConnectionString, table).QueryAsync<TableEntity>())
            {
                pointers.Add(pointer);
            }

            Assert.Equal(2, pointers.Count);
            Assert.All(pointers, p => Assert.Equal(kind, p.PartitionKey));
            pointed.Add([.. pointers.Select(p => RecordId.Parse(p.GetString("Record")).ToString()).Order(StringComparer.Ordinal)]);
        }

        // The same two records, each found once by each kind.
        Assert.Equal(2, pointed[0].Distinct().Count());
        Assert.All(pointed, records => Assert.Equal(pointed[0], records));
    }

    [Fact]
    public async Task An_admin_keeps_the_viewers_kecamatan_and_every_change_is_audited()
    {
        await using var host = await ApiHost.StartAsync();
        var admin = host.As("admin", ApiRoles.Admin);

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync("api/role-assignments/oid-camat", new { kecamatan = "Jakarta Selatan" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("api/role-assignments/oid-camat", new { kecamatan = "Kualuh Hulu", displayName = "Pak Camat" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("api/role-assignments/oid-camat", new { kecamatan = "kualuh-selatan", displayName = "Pak Camat" })).StatusCode);

        var list = (await ApiHost.GetJsonAsync(admin, "api/role-assignments")).EnumerateArray().ToList();
        Assert.Equal(("oid-camat", "122308", "Kualuh Selatan"), (list[0].GetProperty("userId").GetString(), list[0].GetProperty("kecamatanCode").GetString(), list[0].GetProperty("kecamatanName").GetString()));
        var me = await ApiHost.GetJsonAsync(host.As("camat", ApiRoles.Viewer), "api/me");
        Assert.Equal("122308", me.GetProperty("kecamatanCode").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("api/role-assignments/oid-camat")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync("api/role-assignments/oid-camat")).StatusCode);
        var audit = (await ApiHost.GetJsonAsync(admin, "api/audit?action=role.")).EnumerateArray().Select(a => a.GetProperty("action").GetString()).ToList();
        Assert.Equal(["role.assign", "role.assign", "role.remove"], audit.Order());
    }
}
