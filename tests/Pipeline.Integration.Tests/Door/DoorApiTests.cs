using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Api.Auth;
using Pipeline.Core.Door;
using Pipeline.Integration.Tests.Api;
using Pipeline.Storage.Door;
using Pipeline.Storage.Tables;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Door;

/// <summary>
/// The village door over real HTTP (the CLI's server, which also ingests what the door stores, as Event Grid would):
/// guessed tokens learn nothing and store nothing, file names cannot leave the desa's folder, refusals come before
/// anything is stored, and a desa sees its own lists only.
/// </summary>
public sealed class DoorApiTests
{
    private const string AekKanopanFolder = "kualuh-hulu/aek-kanopan/";
    private const long Limit = 256 * 1024;

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Reading:MaxUploadBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["UploadLinks:UploadsPerHour"] = "9",
    };

    private static string NextMonth => DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_thousand_guessed_tokens_answer_like_an_unknown_one_and_store_nothing()
    {
        await using var host = await ApiHost.StartAsync(Settings);
        var admin = host.As("admin", ApiRoles.Admin);
        var real = await DoorClient.MakeLinksAsync(admin, "kualuh-hulu", "aek-kanopan", NextMonth);
        var phone = host.Anonymous();
        var list = VillageList(Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L"));

        var unknown = await phone.GetAsync("api/desa/" + UploadLinkToken.Create().Token);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var reference = await unknown.Content.ReadAsStringAsync();
        Assert.Contains("LINK_UNKNOWN", reference);

        var random = new Random(18);
        var answers = new List<(string Token, HttpStatusCode Status, string Body)>();
        for (var i = 0; i < 1000; i++)
        {
            var token = i % 2 == 0 ? UploadLinkToken.Create().Token : Junk(random);
            Assert.NotEqual(real[0].Token, token);
            var escaped = Uri.EscapeDataString(token);
            var response = (i % 4) switch
            {
                0 => await phone.GetAsync($"api/desa/{escaped}"),
                1 => await DoorClient.UploadAsync(phone, token, "../../x.xlsx", list),
                2 => await phone.GetAsync($"api/desa/{escaped}/template"),
                _ => await phone.GetAsync($"api/desa/{escaped}/uploads/{Uri.EscapeDataString(AekKanopanFolder)}daftar.xlsx/result"),
            };
            answers.Add((token, response.StatusCode, await response.Content.ReadAsStringAsync()));
        }

        Assert.All(answers, a =>
        {
            Assert.True(a.Status == HttpStatusCode.NotFound, $"{a.Token}: {(int)a.Status}");
            Assert.Equal(reference, a.Body);
        });
        Assert.Empty(await BlobsAsync(host));

        // The real link still works: the limits of a link are not spent by guesses at others.
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("api/desa/" + real[0].Token)).StatusCode);
    }

    [Fact]
    public async Task File_names_with_paths_land_in_the_desa_folder_and_refusals_store_nothing()
    {
        await using var host = await ApiHost.StartAsync(Settings);
        var admin = host.As("admin", ApiRoles.Admin);
        var links = await DoorClient.MakeLinksAsync(admin, "Kualuh Hulu", null, NextMonth);
        var aekKanopan = links.Single(l => l.Desa == "Aek Kanopan");
        var sukarame = links.Single(l => l.Desa == "Sukarame");
        var phone = host.Anonymous();
        var list = VillageList(Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L"));

        // Over the limit, and not a spreadsheet: refused with the reader's codes, nothing stored.
        var tooLarge = await DoorClient.UploadAsync(phone, aekKanopan.Token, "besar.xlsx", RandomNumberGenerator.GetBytes((int)Limit + 1));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("FILE_TOO_LARGE", await tooLarge.Content.ReadAsStringAsync());
        var pdf = await DoorClient.UploadAsync(phone, aekKanopan.Token, "daftar.xlsx", "%PDF-1.7\n1 0 obj\n<< >>\nendobj\n"u8.ToArray());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, pdf.StatusCode);
        Assert.Contains("Berkas ini bukan lembar kerja", await pdf.Content.ReadAsStringAsync());
        var noFile = await phone.PostAsync($"api/desa/{aekKanopan.Token}/uploads", new StringContent("x"));
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Empty(await BlobsAsync(host));

        // Paths in the name: every blob stays in the desa's folder, under the name's last part.
        var ids = new List<string>();
        foreach (var name in new[] { "../../x.xlsx", "..\\x.xlsx", "..\\..\\kualuh-selatan\\damuli-pekan\\x.xlsx", "/x.xlsx", "sukarame/../../x.xlsx", "..%2F..%2Fy.xlsx" })
        {
            var response = await DoorClient.UploadAsync(phone, aekKanopan.Token, name, list);
            var accepted = await ApiHost.JsonAsync(response);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            ids.Add(accepted.GetProperty("id").GetString()!);
        }

        var blobs = await BlobsAsync(host);
        Assert.Equal([AekKanopanFolder + "2F.-2Fy.xlsx", AekKanopanFolder + "x.xlsx"], blobs.Order(StringComparer.Ordinal));
        Assert.Single(ids.Take(5).Distinct());

        // The list is ingested (serve stands in for Event Grid) and its result is the desa's own.
        var done = await DoorClient.WaitUntilCheckedAsync(phone, $"/api/desa/{aekKanopan.Token}/uploads/{Uri.EscapeDataString(ids[0])}");
        Assert.Equal("processed", done.GetProperty("status").GetString());
        Assert.Equal("x.xlsx", done.GetProperty("name").GetString());
        Assert.Equal(1, done.GetProperty("rows").GetInt32());
        var result = await phone.GetAsync(done.GetProperty("resultUrl").GetString()!.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        var downloads = await ApiHost.GetJsonAsync(admin, "api/audit?action=download.result");
        Assert.Contains(downloads.EnumerateArray(), a => a.GetProperty("actor").GetString() == "uploadlink:" + aekKanopan.Id[..12]
            && a.GetProperty("actorName").GetString() == "Desa Aek Kanopan" && a.GetProperty("target").GetString() == ids[0]);

        // Another desa's link cannot see or fetch it, and lists nothing of it.
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync($"api/desa/{sukarame.Token}/uploads/{Uri.EscapeDataString(ids[0])}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync($"api/desa/{sukarame.Token}/uploads/{Uri.EscapeDataString(ids[0])}/result")).StatusCode);
        var climbing = TableKey.Encode("kualuh-hulu/sukarame/../aek-kanopan/x.xlsx");
        Assert.Equal(HttpStatusCode.NotFound, (await phone.GetAsync($"api/desa/{sukarame.Token}/uploads/{Uri.EscapeDataString(climbing)}")).StatusCode);
        var sukarameInfo = await ApiHost.GetJsonAsync(phone, $"api/desa/{sukarame.Token}");
        Assert.Equal("Sukarame", sukarameInfo.GetProperty("desa").GetProperty("name").GetString());
        Assert.Empty(sukarameInfo.GetProperty("uploads").EnumerateArray());

        // The link's upload limit (9 per hour here; the refused ones counted too): the tenth is refused with Retry-After, and stores nothing.
        var blobsBefore = await BlobsAsync(host);
        var tenth = await DoorClient.UploadAsync(phone, aekKanopan.Token, "lagi.xlsx", list);
        Assert.Equal(HttpStatusCode.TooManyRequests, tenth.StatusCode);
        Assert.NotNull(tenth.Headers.RetryAfter);
        Assert.Contains("UPLOAD_TOO_MANY", await tenth.Content.ReadAsStringAsync());
        Assert.Equal(blobsBefore, await BlobsAsync(host));
    }

    [Fact]
    public async Task Revoked_and_expired_links_are_refused_and_only_admins_make_and_revoke_links()
    {
        await using var host = await ApiHost.StartAsync(Settings);
        var admin = host.As("admin", ApiRoles.Admin);
        Assert.Equal(HttpStatusCode.Forbidden, (await ApiHost.PostJsonAsync(host.As("rina", ApiRoles.Reviewer), "api/upload-links", new { kecamatan = "kualuh-hulu", expires = NextMonth })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous().GetAsync("api/upload-links")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ApiHost.PostJsonAsync(admin, "api/upload-links", new { kecamatan = "kualuh-hulu", expires = "2020-01-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ApiHost.PostJsonAsync(admin, "api/upload-links", new { kecamatan = "atlantis", expires = NextMonth })).StatusCode);

        var all = await DoorClient.MakeLinksAsync(admin, null, null, NextMonth);
        Assert.Equal(90, all.Count);
        Assert.Equal(90, all.Select(l => l.Token).Distinct().Count());
        Assert.All(all, l => Assert.StartsWith(host.Server.Address + "desa/", l.Url));
        var link = all.First(l => l.Desa == "Aek Kanopan");
        var phone = host.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("api/desa/" + link.Token)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("api/upload-links/" + link.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("api/upload-links/" + link.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync("api/upload-links/" + new string('0', 64))).StatusCode);
        var revoked = await phone.GetAsync("api/desa/" + link.Token);
        Assert.Equal(HttpStatusCode.Gone, revoked.StatusCode);
        Assert.Contains("LINK_REVOKED", await revoked.Content.ReadAsStringAsync());
        var refused = await DoorClient.UploadAsync(phone, link.Token, "daftar.xlsx", VillageList(Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L")));
        Assert.Equal(HttpStatusCode.Gone, refused.StatusCode);

        // A link past its last day (made directly in the store: the API refuses a past day).
        var (token, hash) = UploadLinkToken.Create();
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2));
        await host.Server.Services.GetRequiredService<UploadLinkStore>().CreateAsync(
            [new UploadLink(hash, "122301", "1223011001", UploadLink.EndOf(yesterday), DateTimeOffset.UtcNow.AddDays(-10), "oid-admin")], "admin", CancellationToken.None);
        var expired = await DoorClient.UploadAsync(phone, token, "daftar.xlsx", VillageList(Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L")));
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("LINK_EXPIRED", await expired.Content.ReadAsStringAsync());
        Assert.Empty(await BlobsAsync(host));

        var listed = (await ApiHost.GetJsonAsync(admin, "api/upload-links")).EnumerateArray().ToList();
        Assert.Equal(91, listed.Count);
        Assert.Equal("revoked", listed.Single(l => l.GetProperty("id").GetString() == link.Id).GetProperty("state").GetString());
        Assert.Equal("expired", listed.Single(l => l.GetProperty("id").GetString() == hash).GetProperty("state").GetString());
        Assert.DoesNotContain(listed, l => l.GetRawText().Contains(link.Token, StringComparison.Ordinal));

        var audit = (await ApiHost.GetJsonAsync(admin, "api/audit?action=uploadlink.&take=1000")).EnumerateArray().Select(a => a.GetProperty("action").GetString()).ToList();
        Assert.Equal(90, audit.Count(a => a == "uploadlink.create"));
        Assert.Equal(1, audit.Count(a => a == "uploadlink.revoke"));
    }

    /// <summary>
    /// Text of any length and character that is not a real token: never only dots (those are path segments the client
    /// resolves) and never NUL (Kestrel refuses such an address itself, before any route, for every path alike).
    /// </summary>
    private static string Junk(Random random)
    {
        const string alphabet = "AZaz09_-~.%:;!@$&'()*+,= \\\"<>|{}^`[]éø\u202E\u007F";
        while (true)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            if (text.Trim('.').Length > 0)
            {
                return text;
            }
        }
    }

    private static async Task<List<string>> BlobsAsync(ApiHost host)
    {
        var names = new List<string>();
        await foreach (var blob in host.Environment.Storage.Uploads.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        return names;
    }
}
