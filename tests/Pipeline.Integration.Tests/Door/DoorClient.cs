using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Pipeline.Integration.Tests.Api;

namespace Pipeline.Integration.Tests.Door;

/// <summary>The village door over HTTP as a phone uses it, and the admin's calls that make its links.</summary>
internal static class DoorClient
{
    /// <summary>Links made through the admin API; returns each desa's name and token.</summary>
    public static async Task<IReadOnlyList<(string Desa, string Id, string Token, string Url)>> MakeLinksAsync(HttpClient admin, string? kecamatan, string? desa, string expires)
    {
        var made = await ApiHost.JsonAsync(await ApiHost.PostJsonAsync(admin, "api/upload-links", new { kecamatan, desa, expires }));
        return made.GetProperty("links").EnumerateArray().Select(l =>
        {
            var url = l.GetProperty("url").GetString()!;
            return (l.GetProperty("desaName").GetString()!, l.GetProperty("id").GetString()!, url[(url.LastIndexOf('/') + 1)..], url);
        }).ToList();
    }

    /// <summary>
    /// A multipart body written byte by byte, so the file name reaches the server exactly as given (backslashes and
    /// all), as a browser or a hostile client may send it.
    /// </summary>
    public static HttpContent Multipart(string fileName, byte[] content)
    {
        const string boundary = "----pipeline-door-test";
        var head = Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{fileName}\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        var tail = Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n");
        var body = new ByteArrayContent([.. head, .. content, .. tail]);
        body.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return body;
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string token, string fileName, byte[] content) =>
        client.PostAsync($"api/desa/{Uri.EscapeDataString(token)}/uploads", Multipart(fileName, content));

    /// <summary>Polls a list's status (as the page does) until it is no longer being checked.</summary>
    public static async Task<JsonElement> WaitUntilCheckedAsync(HttpClient client, string statusUrl)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var status = await ApiHost.GetJsonAsync(client, statusUrl.TrimStart('/'));
            if (status.GetProperty("status").GetString() != "processing")
            {
                return status;
            }

            Assert.True(DateTime.UtcNow < deadline, "the list was still being checked after two minutes");
            await Task.Delay(250);
        }
    }
}
