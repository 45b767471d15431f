using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Api.Auth;
using Pipeline.Storage;
using Pipeline.Storage.Index;
using Pipeline.Storage.Tables;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Api;

/// <summary>
/// Decisions through the API against Azurite: what each decision does to the stored listings, that decisions
/// stick across re-uploads (the seam into ingest and matching), concurrency, idempotency and the audit trail.
/// </summary>
public sealed class ReviewDecisionTests
{
    private const string AekKanopan = "kualuh-hulu/aek-kanopan/daftar.xlsx";
    private const string Sukarame = "kualuh-hulu/sukarame/data.xlsx";

    // Two namesakes: same name and birth date, NIKs one serial digit apart. Only a person can tell them apart.
    private static readonly object?[] Budi = Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L");
    private static object?[] Namesake(int no) => Worker(no, "1223011203800002", "Budi Siregar", "12-03-1980", "L", desa: "Sukarame");
    private static readonly object?[] Rina = Worker(1, "1223015508920004", "Rina Pohan", "15-08-1992", "P", desa: "Sukarame");

    [Fact]
    public async Task Same_merges_the_two_people_keeps_one_primary_listing_is_audited_and_survives_a_reupload()
    {
        await using var host = await ApiHost.StartAsync();
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(Budi));
        await host.Environment.UploadAndIngestAsync(Sukarame, VillageList(Namesake(1)));
        var reviewer = host.As("rina", ApiRoles.Reviewer);

        var item = await SingleQueueItemAsync(reviewer);
        Assert.Equal("review", item.GetProperty("subject").GetProperty("status").GetString());
        Assert.Equal("1223011203800002", item.GetProperty("subject").GetProperty("nik").GetString());
        Assert.Equal("1223011203800001", item.GetProperty("candidate").GetProperty("nik").GetString());
        Assert.Contains("nama sama", item.GetProperty("explanation").GetString());

        var decided = await DecideAsync(reviewer, item, "same", "SAME_TYPO", note: "NIK salah ketik, sesuai KK", etag: item.GetProperty("eTag").GetString());
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal("applied", (await ApiHost.JsonAsync(decided)).GetProperty("status").GetString());

        var subject = await RecordAsync(reviewer, Sukarame, 4);
        var candidate = await RecordAsync(reviewer, AekKanopan, 4);
        Assert.Equal(("duplicate", candidate.GetProperty("personId").GetString()), (subject.GetProperty("status").GetString(), subject.GetProperty("personId").GetString()));
        Assert.Contains(subject.GetProperty("issues").EnumerateArray(), i => i.GetProperty("code").GetString() == "REVIEW_SAME_PERSON");
        Assert.DoesNotContain(subject.GetProperty("issues").EnumerateArray(), i => i.GetProperty("code").GetString() == "MATCH_REVIEW");

        var person = await ApiHost.GetJsonAsync(reviewer, $"api/persons/{candidate.GetProperty("personId").GetString()}");
        Assert.Equal(["duplicate", "new"], person.GetProperty("listings").EnumerateArray().Select(l => l.GetProperty("status").GetString()).Order());
        var sukarame = await UploadAsync(reviewer, Sukarame);
        Assert.Equal((0, 1), (sukarame.GetProperty("counts").GetProperty("review").GetInt32(), sukarame.GetProperty("counts").GetProperty("duplicate").GetInt32()));
        Assert.Equal(0, (await ApiHost.GetJsonAsync(reviewer, "api/reviews")).GetProperty("total").GetInt32());
        await AssertIndexesFollowTheDecisionAsync(host);

        var admin = host.As("admin", ApiRoles.Admin);
        var audit = (await ApiHost.GetJsonAsync(admin, "api/audit?action=review.")).EnumerateArray().ToList();
        var entry = Assert.Single(audit);
        Assert.Equal(("oid-rina", "rina", "review.same", item.GetProperty("recordId").GetString()), (entry.GetProperty("actor").GetString(), entry.GetProperty("actorName").GetString(), entry.GetProperty("action").GetString(), entry.GetProperty("target").GetString()));
        Assert.Contains("\"review\"", entry.GetProperty("before").GetString());
        Assert.Contains("\"duplicate\"", entry.GetProperty("after").GetString());
        Assert.Equal("SAME_TYPO: NIK salah ketik, sesuai KK", entry.GetProperty("why").GetString());
        Assert.DoesNotContain("1223011203800002", entry.GetProperty("before").GetString() + entry.GetProperty("after").GetString());
        Assert.DoesNotContain("BUDI", entry.GetProperty("before").GetString() + entry.GetProperty("after").GetString());

        // Read as a sentence, names looked up now, no table keys.
        var sentence = entry.GetProperty("sentence").GetString()!;
        Assert.StartsWith("rina memutuskan BUDI SIREGAR (Sukarame baris 4) sama dengan BUDI SIREGAR (Aek Kanopan baris 4).", sentence);
        Assert.Contains("Alasan: Salah ketik NIK atau tanggal lahir. Catatan: NIK salah ketik, sesuai KK.", sentence);
        Assert.DoesNotContain("~2F", sentence);

        // The same decision again, by another reviewer: nothing written (no notice added, no row rewritten), the repeat audited with its actor.
        var rows = await RowVersionsAsync(host);
        var again = await DecideAsync(host.As("dewi", ApiRoles.Reviewer), item, "same", "SAME_TYPO", note: "NIK salah ketik, sesuai KK", etag: item.GetProperty("eTag").GetString());
        Assert.Equal("unchanged", (await ApiHost.JsonAsync(again)).GetProperty("status").GetString());
        Assert.Equal(rows, await RowVersionsAsync(host));
        Assert.Single((await RecordAsync(reviewer, Sukarame, 4)).GetProperty("issues").EnumerateArray(), i => i.GetProperty("code").GetString() == "REVIEW_SAME_PERSON");
        audit = (await ApiHost.GetJsonAsync(admin, "api/audit?action=review.")).EnumerateArray().ToList();
        Assert.Equal(["review.repeat", "review.same"], audit.Select(a => a.GetProperty("action").GetString()).Order());
        var repeat = audit.Single(a => a.GetProperty("action").GetString() == "review.repeat");
        Assert.Equal(("oid-dewi", "dewi"), (repeat.GetProperty("actor").GetString(), repeat.GetProperty("actorName").GetString()));
        Assert.StartsWith("dewi mengulang keputusan \"Orang yang sama\" untuk BUDI SIREGAR (Sukarame baris 4)", repeat.GetProperty("sentence").GetString());

        // A new version of Sukarame's file, rows shifted: the namesake is matched as the same person, not queued again.
        await host.Environment.UploadAndIngestAsync(Sukarame, VillageList(Rina, Namesake(2)));
        var reuploaded = await RecordAsync(reviewer, Sukarame, 5);
        Assert.Equal(("duplicate", candidate.GetProperty("personId").GetString()), (reuploaded.GetProperty("status").GetString(), reuploaded.GetProperty("personId").GetString()));
        Assert.Equal(0, (await ApiHost.GetJsonAsync(reviewer, "api/reviews")).GetProperty("total").GetInt32());
        Assert.Equal((1, 1), ((await UploadAsync(reviewer, Sukarame)).GetProperty("counts").GetProperty("new").GetInt32(), (await UploadAsync(reviewer, Sukarame)).GetProperty("counts").GetProperty("duplicate").GetInt32()));
        await AssertIndexesFollowTheDecisionAsync(host);
    }

    [Fact]
    public async Task Different_keeps_both_people_and_survives_a_reupload_of_both_files()
    {
        await using var host = await ApiHost.StartAsync();
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(Budi));
        await host.Environment.UploadAndIngestAsync(Sukarame, VillageList(Namesake(1)));
        var reviewer = host.As("rina", ApiRoles.Reviewer);
        var item = await SingleQueueItemAsync(reviewer);

        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(reviewer, item, "different", "DIFFERENT_NAMESAKE")).StatusCode);
        var first = await RecordAsync(reviewer, AekKanopan, 4);
        var second = await RecordAsync(reviewer, Sukarame, 4);
        Assert.Equal(("new", "new"), (first.GetProperty("status").GetString(), second.GetProperty("status").GetString()));
        Assert.NotEqual(first.GetProperty("personId").GetString(), second.GetProperty("personId").GetString());
        Assert.Contains(second.GetProperty("issues").EnumerateArray(), i => i.GetProperty("code").GetString() == "REVIEW_DIFFERENT_PERSON");
        Assert.Equal((1, 0), ((await UploadAsync(reviewer, Sukarame)).GetProperty("counts").GetProperty("new").GetInt32(), (await UploadAsync(reviewer, Sukarame)).GetProperty("counts").GetProperty("review").GetInt32()));
        await AssertIndexesFollowTheDecisionAsync(host);

        // Both villages send new versions with the rows moved: the pair never comes back to review.
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(Worker(1, "1223010101700003", "Ahmad Lubis", "01-01-1970", "L"), Budi));
        await host.Environment.UploadAndIngestAsync(Sukarame, VillageList(Rina, Namesake(2)));

        Assert.Equal(0, (await ApiHost.GetJsonAsync(reviewer, "api/reviews")).GetProperty("total").GetInt32());
        var budiAgain = await RecordAsync(reviewer, AekKanopan, 5);
        var namesakeAgain = await RecordAsync(reviewer, Sukarame, 5);
        Assert.Equal(("new", "new"), (budiAgain.GetProperty("status").GetString(), namesakeAgain.GetProperty("status").GetString()));
        Assert.NotEqual(budiAgain.GetProperty("personId").GetString(), namesakeAgain.GetProperty("personId").GetString());
        Assert.Equal(1, await CountAsync(host, StorageNames.DecisionsTable));
        await AssertIndexesFollowTheDecisionAsync(host);
    }

    [Fact]
    public async Task Reject_rejects_the_record_with_the_reason_shown_in_the_villages_next_result_workbook()
    {
        await using var host = await ApiHost.StartAsync();
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(Budi));
        await host.Environment.UploadAndIngestAsync(Sukarame, VillageList(Namesake(1)));
        var reviewer = host.As("rina", ApiRoles.Reviewer);
        var item = await SingleQueueItemAsync(reviewer);

        Assert.Equal(HttpStatusCode.BadRequest, (await DecideAsync(reviewer, item, "reject", "SAME_TYPO")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await DecideAsync(reviewer, item, "reject", "REJECT_OTHER")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(reviewer, item, "reject", "REJECT_NIK_NOT_THEIRS", note: "NIK milik kakaknya")).StatusCode);

        var rejected = await RecordAsync(reviewer, Sukarame, 4);
        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, rejected.GetProperty("personId").ValueKind);
        Assert.Equal((1, 0), ((await UploadAsync(reviewer, Sukarame)).GetProperty("counts").GetProperty("rejected").GetInt32(), (await UploadAsync(reviewer, Sukarame)).GetProperty("counts").GetProperty("review").GetInt32()));
        await AssertIndexesFollowTheDecisionAsync(host);

        // The village's result workbook is written again at once, the rejection and its reason in it.
        using (var now = Open(await (await reviewer.GetAsync((await UploadAsync(reviewer, Sukarame)).GetProperty("resultUrl").GetString()!.TrimStart('/'))).Content.ReadAsByteArrayAsync()))
        {
            var hasil = now.Worksheet("Hasil");
            var columns = hasil.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
            Assert.Equal("Ditolak", hasil.Row(2).Cell(columns.IndexOf("Status") + 1).GetString());
            Assert.Contains("NIK milik kakaknya", hasil.Row(2).Cell(columns.IndexOf("Keterangan") + 1).GetString());
        }

        await host.Environment.UploadAndIngestAsync(Sukarame, VillageList(Rina, Namesake(2)));
        var result = await (await reviewer.GetAsync((await UploadAsync(reviewer, Sukarame)).GetProperty("resultUrl").GetString()!.TrimStart('/'))).Content.ReadAsByteArrayAsync();
        using var workbook = Open(result);
        var sheet = workbook.Worksheet("Hasil");
        var headers = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        var row = sheet.Row(3);
        Assert.Equal("Ditolak", row.Cell(headers.IndexOf("Status") + 1).GetString());
        var note = row.Cell(headers.IndexOf("Keterangan") + 1).GetString();
        Assert.Contains("Ditolak oleh admin kabupaten: NIK bukan milik orang ini", note);
        Assert.Contains("NIK milik kakaknya", note);
        Assert.Equal("Baru", sheet.Row(2).Cell(headers.IndexOf("Status") + 1).GetString());
    }

    [Fact]
    public async Task Two_administrators_deciding_one_item_at_once_cannot_both_win()
    {
        await using var host = await ApiHost.StartAsync();
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(Budi));
        await host.Environment.UploadAndIngestAsync(Sukarame, VillageList(Namesake(1)));
        var rina = host.As("rina", ApiRoles.Reviewer);
        var dewi = host.As("dewi", ApiRoles.Reviewer);
        var item = await SingleQueueItemAsync(rina);
        var etag = item.GetProperty("eTag").GetString();

        Assert.Equal(HttpStatusCode.PreconditionFailed, (await DecideAsync(rina, item, "same", "SAME_TYPO", etag: "W/\"datetime'2000-01-01T00%3A00%3A00.0000000Z'\"")).StatusCode);

        var answers = await Task.WhenAll(
            DecideAsync(rina, item, "same", "SAME_TYPO", etag: etag),
            DecideAsync(dewi, item, "different", "DIFFERENT_NAMESAKE", etag: etag));

        var codes = answers.Select(a => (int)a.StatusCode).Order().ToList();
        Assert.Equal(200, codes[0]);
        Assert.Contains(codes[1], new[] { 409, 412 });
        var stored = (await host.Environment.Storage.Table(StorageNames.ReviewsTable).QueryAsync<ReviewEntity>().ToListAsync()).Single();
        var winner = answers[0].IsSuccessStatusCode ? ("same", "oid-rina") : ("different", "oid-dewi");
        Assert.Equal(winner, (stored.Decision, stored.DecidedBy));
        Assert.Single((await ApiHost.GetJsonAsync(host.As("admin", ApiRoles.Admin), "api/audit?action=review.")).EnumerateArray());

        // The loser, deciding again with the item's new ETag, is told it was decided otherwise.
        var loser = answers[0].IsSuccessStatusCode ? (dewi, "different", "DIFFERENT_NAMESAKE") : (rina, "same", "SAME_TYPO");
        Assert.Equal(HttpStatusCode.Conflict, (await DecideAsync(loser.Item1, item, loser.Item2, loser.Item3, etag: stored.ETag.ToString("H"))).StatusCode);
    }

    [Fact]
    public async Task Same_as_a_register_participant_makes_the_person_enrolled_with_the_KPJ()
    {
        await using var host = await ApiHost.StartAsync();
        var register = "KPJ;NIK;NAMA_PESERTA;TGL_LAHIR;STATUS_KEPESERTAAN\n25012345678;1223016507900002;SRI WAHYUNI HARAHAP;25-07-1990;AKTIF\n";
        await host.Environment.Register.LoadAsync("peserta/export.csv", IngestTests.Utf8(register), default);
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(Worker(1, "1223016507900003", "Sri Wahyuni Harahap", "25-07-1990", "P")));
        var reviewer = host.As("rina", ApiRoles.Reviewer);
        var item = await SingleQueueItemAsync(reviewer);
        Assert.Equal("25012345678", item.GetProperty("participant").GetProperty("kpj").GetString());

        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(reviewer, item, "same", "SAME_TYPO")).StatusCode);

        var record = await RecordAsync(reviewer, AekKanopan, 4);
        Assert.Equal(("enrolled", "25012345678"), (record.GetProperty("status").GetString(), record.GetProperty("kpj").GetString()));
        Assert.Equal(1, (await UploadAsync(reviewer, AekKanopan)).GetProperty("counts").GetProperty("enrolled").GetInt32());
    }

    internal static async Task<JsonElement> SingleQueueItemAsync(HttpClient client)
    {
        var queue = await ApiHost.GetJsonAsync(client, "api/reviews");
        return Assert.Single(queue.GetProperty("items").EnumerateArray());
    }

    internal static Task<HttpResponseMessage> DecideAsync(HttpClient client, JsonElement item, string decision, string reason, string? note = null, string? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"api/reviews/{item.GetProperty("id").GetString()}/decision")
        {
            Content = JsonContent.Create(new { decision, reason, note }),
        };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return client.SendAsync(request);
    }

    internal static async Task<JsonElement> UploadAsync(HttpClient client, string path)
    {
        var uploads = await ApiHost.GetJsonAsync(client, "api/uploads");
        return uploads.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("path").GetString() == path);
    }

    internal static async Task<JsonElement> RecordAsync(HttpClient client, string path, int row)
    {
        var key = (await UploadAsync(client, path)).GetProperty("uploadKey").GetString();
        var records = await ApiHost.GetJsonAsync(client, $"api/uploads/{key}/records");
        return records.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("sourceRow").GetInt32() == row);
    }

    /// <summary>
    /// The person index of both processes equals a rebuild from Records: the API server's, which applied the
    /// decision, and the ingest's, which learns of it through the journal (one entry read, no rebuild).
    /// </summary>
    private static async Task AssertIndexesFollowTheDecisionAsync(ApiHost host)
    {
        var rebuilt = PersonIndexTests.Describe(await PersonIndexTests.RebuildAsync(host.Environment));
        var ingest = host.Environment.Services.GetRequiredService<PersonIndexCache>();
        var rebuilds = ingest.Statistics.Rebuilds;
        Assert.Equal(rebuilt, PersonIndexTests.Describe(await ingest.CatchUpAsync(default)));
        Assert.Equal(rebuilds, ingest.Statistics.Rebuilds);
        Assert.Equal(rebuilt, PersonIndexTests.Describe(await host.Server.Services.GetRequiredService<PersonIndexCache>().CatchUpAsync(default)));
    }

    /// <summary>Every stored record and review pair with its version: equal before and after means nothing was written.</summary>
    private static async Task<List<string>> RowVersionsAsync(ApiHost host)
    {
        var versions = new List<string>();
        foreach (var table in new[] { StorageNames.RecordsTable, StorageNames.ReviewsTable, StorageNames.DecisionsTable, StorageNames.UploadsTable })
        {
            versions.AddRange((await host.Environment.Storage.Table(table).QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]).ToListAsync())
                .Select(e => $"{table}/{e.PartitionKey}/{e.RowKey}/{e.ETag}"));
        }

        return versions;
    }

    private static async Task<int> CountAsync(ApiHost host, string table) =>
        (await host.Environment.Storage.Table(table).QueryAsync<TableEntity>(select: ["PartitionKey"]).ToListAsync()).Count;
}

internal static class AsyncEnumerableExtensions
{
    public static async Task<List<T>> ToListAsync<T>(this IAsyncEnumerable<T> source)
    {
        var list = new List<T>();
        await foreach (var item in source)
        {
            list.Add(item);
        }

        return list;
    }
}
