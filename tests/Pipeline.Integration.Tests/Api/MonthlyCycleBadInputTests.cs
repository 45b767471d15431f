using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Api.Auth;
using static Pipeline.Integration.Tests.Billing.ReconciliationTests;

namespace Pipeline.Integration.Tests.Api;

/// <summary>
/// Every way a request to the newer routes (bills, cohort, confirmations, upload links, the camat's summary, the desa
/// door) can be wrong: each is a 4xx with an Indonesian detail, never a 500, and none leaves anything behind.
/// </summary>
public sealed class MonthlyCycleBadInputTests
{
    private const string Json = "application/json";

    [Fact]
    public async Task Malformed_requests_to_the_newer_routes_are_refused_in_Indonesian_never_with_a_500()
    {
        await using var host = await ApiHost.StartAsync();
        var bayu = host.As("bayu", ApiRoles.Approver);
        var admin = host.As("admin", ApiRoles.Admin);
        var failures = new List<string>();

        async Task Expect(HttpClient client, HttpMethod method, string url, HttpContent? content, params HttpStatusCode[] expected)
        {
            using var request = new HttpRequestMessage(method, url) { Content = content };
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (!expected.Contains(response.StatusCode))
            {
                failures.Add($"{method} {url}: {(int)response.StatusCode} {body}");
            }
            else if ((int)response.StatusCode >= 400 && !IsIndonesianProblem(body))
            {
                failures.Add($"{method} {url}: {(int)response.StatusCode} without an Indonesian detail: {body}");
            }
        }

        // The bill: not multipart, no file, an empty file, a period that is no period, an unknown bill.
        await Expect(bayu, HttpMethod.Post, "api/bills", Text("{}", Json), HttpStatusCode.UnsupportedMediaType);
        await Expect(bayu, HttpMethod.Post, "api/bills", new MultipartFormDataContent { { new StringContent("2027-01"), "period" } }, HttpStatusCode.BadRequest);
        await Expect(bayu, HttpMethod.Post, "api/bills", Form("tagihan.csv", ""), HttpStatusCode.BadRequest);
        await Expect(bayu, HttpMethod.Post, "api/bills", Form("tagihan.csv", "KPJ;IURAN\n25011111111;16800\n", "2027-13"), HttpStatusCode.UnprocessableEntity);
        await Expect(bayu, HttpMethod.Post, "api/bills", Form("tagihan.csv", "KPJ;IURAN\n25011111111;16800\n", new string('9', 5000)), HttpStatusCode.UnprocessableEntity);
        await Expect(bayu, HttpMethod.Post, "api/bills", Form("tagihan.csv", "KPJ;IURAN\n"), HttpStatusCode.UnprocessableEntity);
        await Expect(bayu, HttpMethod.Post, "api/bills", Form("tagihan.pdf", "%PDF-1.7"), HttpStatusCode.UnprocessableEntity);
        await Expect(bayu, HttpMethod.Post, "api/bills", Form("tagihan.csv", "KPJ;IURAN\n25011111111;-16800\n25011111112;99999999999999999999999999999999\n", "9999-12"),
            HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity);
        foreach (var id in new[] { "x", "a%23b", "a'b", "a%5Cb", "..", new string('a', 2000) })
        {
            await Expect(bayu, HttpMethod.Get, $"api/bills/{id}/file/xlsx", null, HttpStatusCode.NotFound);
            await Expect(bayu, HttpMethod.Post, $"api/bills/{id}/payment", Text("""{"paidOn":"2026-01-05","amount":16800}""", Json), HttpStatusCode.NotFound);
        }

        await Expect(bayu, HttpMethod.Post, "api/bills/x/payment", Text("paidOn=2026-01-05", "application/x-www-form-urlencoded"), HttpStatusCode.UnsupportedMediaType);
        await Expect(bayu, HttpMethod.Post, "api/bills/x/payment", Text("{\"paidOn\":", Json), HttpStatusCode.BadRequest);
        await Expect(bayu, HttpMethod.Post, "api/bills/x/payment", Text("""{"paidOn":"2026-01-05","amount":1e40}""", Json), HttpStatusCode.BadRequest);
        await Expect(bayu, HttpMethod.Post, "api/bills/x/payment", Text("""{"paidOn":"2026-02-30","amount":16800}""", Json), HttpStatusCode.BadRequest);
        await Expect(bayu, HttpMethod.Post, "api/bills/x/payment", Text("""{"paidOn":"2026-01-05","amount":"banyak"}""", Json), HttpStatusCode.BadRequest);
        await Expect(bayu, HttpMethod.Post, "api/bills/x/payment", Text("[1,2]", Json), HttpStatusCode.BadRequest);

        // BPJS's confirmation: not multipart, an empty file, no NIK column, unreadable rows, an unknown result file.
        await Expect(bayu, HttpMethod.Post, "api/cohort/confirmations", Form("konfirmasi.csv", ""), HttpStatusCode.BadRequest);
        await Expect(bayu, HttpMethod.Post, "api/cohort/confirmations", Form("konfirmasi.csv", "NAMA;STATUS\nBUDI;DITERIMA\n"), HttpStatusCode.UnprocessableEntity);
        await Expect(bayu, HttpMethod.Post, "api/cohort/confirmations", Form("konfirmasi.xlsx", "not a workbook"), HttpStatusCode.UnprocessableEntity);
        await Expect(bayu, HttpMethod.Post, "api/cohort/confirmations",
            Form("konfirmasi.csv", "NIK;KPJ;STATUS;TANGGAL EFEKTIF\nabc;x;MUNGKIN;99-99-9999\n1223011203800001;99999999999999999999999;DITERIMA;9999-12\n"), HttpStatusCode.OK);
        await Expect(bayu, HttpMethod.Get, "api/cohort/confirmations/..%2F..%2Fx.hasil.xlsx", null, HttpStatusCode.NotFound);
        await Expect(bayu, HttpMethod.Get, "api/cohort/confirmations/tidak-ada.hasil.xlsx", null, HttpStatusCode.NotFound);

        // An approver's action on a person: unknown people, months and reasons that are none, bodies that are not JSON.
        await Expect(bayu, HttpMethod.Post, "api/cohort/P000000000000/end", Text("""{"month":"9999-12","reason":"pindah"}""", Json), HttpStatusCode.NotFound);
        await Expect(bayu, HttpMethod.Post, "api/cohort/a%23b/end", Text("""{"month":"2026-04","reason":"pindah"}""", Json), HttpStatusCode.NotFound);
        await Expect(bayu, HttpMethod.Post, "api/cohort/x/end", Text("""{"month":"0000-00","reason":"pindah"}""", Json), HttpStatusCode.BadRequest);
        await Expect(bayu, HttpMethod.Post, "api/cohort/x/end", Text("""{"month":"2026-04","reason":"bosan"}""", Json), HttpStatusCode.BadRequest);
        await Expect(bayu, HttpMethod.Post, "api/cohort/x/end", Text("null", Json), HttpStatusCode.BadRequest);
        await Expect(bayu, HttpMethod.Post, "api/cohort/x/end", Text("month=2026-04", "text/plain"), HttpStatusCode.UnsupportedMediaType);
        await Expect(bayu, HttpMethod.Post, "api/cohort/x/keep", Text("{", Json), HttpStatusCode.BadRequest);
        await Expect(bayu, HttpMethod.Post, "api/cohort/x/repropose", Text(new string('x', 20_000), Json), HttpStatusCode.RequestEntityTooLarge);

        // The camat's summary: a kecamatan or a week that is none.
        await Expect(admin, HttpMethod.Get, "api/summaries/kecamatan", null, HttpStatusCode.BadRequest);
        await Expect(admin, HttpMethod.Get, "api/summaries/kecamatan?kecamatan=atlantis", null, HttpStatusCode.BadRequest);
        foreach (var week in new[] { "0001-W01", "9999-W52", "2026-W99", "2026-W00", "minggu-lalu" })
        {
            await Expect(admin, HttpMethod.Get, $"api/summaries/kecamatan?kecamatan=kualuh-hulu&week={week}", null, HttpStatusCode.OK, HttpStatusCode.BadRequest);
            await Expect(admin, HttpMethod.Get, $"api/summaries/{week}/workbook", null, HttpStatusCode.NotFound, HttpStatusCode.BadRequest);
        }

        // Upload links: a last day too far, names that are none, bodies that are not an object, an unknown link.
        await Expect(admin, HttpMethod.Post, "api/upload-links", Text("""{"kecamatan":"kualuh-hulu","expires":"9999-12-31"}""", Json), HttpStatusCode.BadRequest);
        await Expect(admin, HttpMethod.Post, "api/upload-links", Text("""{"kecamatan":"atlantis","expires":"2026-01-01"}""", Json), HttpStatusCode.BadRequest);
        await Expect(admin, HttpMethod.Post, "api/upload-links", Text("[1,2]", Json), HttpStatusCode.BadRequest);
        await Expect(admin, HttpMethod.Post, "api/upload-links", Text("kecamatan=x", "text/plain"), HttpStatusCode.UnsupportedMediaType);
        await Expect(admin, HttpMethod.Delete, "api/upload-links/a%23b", null, HttpStatusCode.NotFound);
        await Expect(admin, HttpMethod.Delete, $"api/upload-links/{new string('a', 2000)}", null, HttpStatusCode.NotFound);

        // The desa door with a token and an id that are none.
        await Expect(host.Anonymous(), HttpMethod.Get, "api/desa/a%23b/uploads/x", null, HttpStatusCode.NotFound);
        await Expect(host.Anonymous(), HttpMethod.Get, $"api/desa/{new string('a', 2000)}", null, HttpStatusCode.NotFound);

        // Continuation tokens and page sizes that are none.
        await Expect(admin, HttpMethod.Get, "api/records?status=new&next=bukan-token", null, HttpStatusCode.OK, HttpStatusCode.BadRequest);
        await Expect(admin, HttpMethod.Get, "api/records?nik=1223&next=bukan-token&pageSize=abc", null, HttpStatusCode.OK, HttpStatusCode.BadRequest);
        await Expect(admin, HttpMethod.Get, "api/reviews?next=bukan-token", null, HttpStatusCode.OK, HttpStatusCode.BadRequest);
        await Expect(admin, HttpMethod.Get, "api/reviews/a%23b/c", null, HttpStatusCode.NotFound);
        await Expect(admin, HttpMethod.Get, "api/exports/a%23b", null, HttpStatusCode.NotFound);
        await Expect(admin, HttpMethod.Get, "api/audit?take=abc&next=bukan-token", null, HttpStatusCode.OK, HttpStatusCode.BadRequest);

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task A_bill_or_confirmation_over_the_upload_limit_is_a_413_with_its_code_whether_its_length_is_declared_or_not()
    {
        await using var host = await ApiHost.StartAsync(new Dictionary<string, string?> { ["Reading:MaxUploadBytes"] = "65536" });
        var bayu = host.As("bayu", ApiRoles.Approver);
        var big = "KPJ;IURAN\n" + string.Concat(Enumerable.Repeat("25011111111;16800\n", 70_000));

        foreach (var url in new[] { "api/bills", "api/cohort/confirmations" })
        {
            var declared = await bayu.PostAsync(url, Form("besar.csv", big, url == "api/bills" ? "2026-02" : null));
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
            Assert.Contains("FILE_TOO_LARGE", await declared.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            using var chunked = new HttpRequestMessage(HttpMethod.Post, url) { Content = Form("besar.csv", big) };
            chunked.Headers.TransferEncodingChunked = true;
            await chunked.Content.LoadIntoBufferAsync();
            chunked.Content.Headers.ContentLength = null;
            var streamed = await bayu.SendAsync(chunked);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
            Assert.True(IsIndonesianProblem(await streamed.Content.ReadAsStringAsync()));
        }

        // A multipart body that ends before its closing boundary: a 400 that says what to send.
        var truncated = new ByteArrayContent(Encoding.UTF8.GetBytes("--batas\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.csv\"\r\n\r\nKPJ;IURAN\r\n"));
        truncated.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=batas");
        var broken = await bayu.PostAsync("api/bills", truncated);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.True(IsIndonesianProblem(await broken.Content.ReadAsStringAsync()));
        Assert.Empty(await host.Environment.Services.GetRequiredService<Pipeline.Storage.Billing.ReconciliationStore>().ListAsync(default));
    }

    private static bool IsIndonesianProblem(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var detail = root.TryGetProperty("detail", out var d) ? d.GetString() : root.TryGetProperty("message", out var m) ? m.GetString() : null;
            return !string.IsNullOrWhiteSpace(detail) && !detail.Contains("Exception", StringComparison.Ordinal)
                && !detail.Contains("request body", StringComparison.OrdinalIgnoreCase);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static StringContent Text(string text, string mediaType) => new(text, Encoding.UTF8, mediaType);
}
