using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Pipeline.Cli;
using Pipeline.Storage;

namespace Pipeline.Benchmarks;

/// <summary>
/// The administrators' API over the results of a real run (e.g. the 50,000-row list): how long the calls an
/// administrator makes take through real HTTP, Kestrel and Azurite. Works on a copy of OUT/.storage, because
/// it decides one review item and prepares a list.
/// </summary>
internal static class AdminApiBenchmark
{
    public static async Task RunAsync(string outDir)
    {
        var source = Path.Combine(Path.GetFullPath(outDir), ".storage");
        var copy = Path.Combine(Path.GetTempPath(), "pipeline-admin-bench-" + Guid.NewGuid().ToString("N"));
        CopyDirectory(source, copy);
        try
        {
            await using var session = await StorageSession.OpenAsync(new CommonSettings(null, Microsoft.Extensions.Logging.LogLevel.Warning, null), copy, TextWriter.Null, CancellationToken.None);
            var storage = PipelineStorageFactory.FromConnectionString(session.ConnectionString);
            await using var server = await LocalApiServer.StartAsync(storage, new ConfigurationBuilder().Build(), 0, developmentSignIn: true);
            using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(5) };
            var signIn = await (await http.PostAsJsonAsync("api/dev/signin", new { name = "bench", roles = new[] { "reviewer", "admin" } })).Content.ReadFromJsonAsync<JsonElement>();
            http.DefaultRequestHeaders.Authorization = new("Bearer", signIn.GetProperty("token").GetString());

            var uploads = await TimeAsync("GET /api/uploads", () => http.GetFromJsonAsync<JsonElement>("api/uploads"));
            Console.WriteLine($"  {uploads.GetProperty("total")} uploads, {uploads.GetProperty("counts").GetProperty("rows")} rows");
            var queue = await TimeAsync("GET /api/reviews (page of 20, both records each)", () => http.GetFromJsonAsync<JsonElement>("api/reviews?pageSize=20"));
            Console.WriteLine($"  {queue.GetProperty("total")} items pending");
            var first = queue.GetProperty("items")[0];
            var subject = first.GetProperty("subject");
            await TimeAsync("GET /api/records?nik= (exact)", () => http.GetFromJsonAsync<JsonElement>($"api/records?nik={subject.GetProperty("nik").GetString()}"));
            var name = subject.GetProperty("name").GetString()!.Split(' ')[0];
            await TimeAsync($"GET /api/records?name={name} (first page of 50)", () => http.GetFromJsonAsync<JsonElement>($"api/records?name={Uri.EscapeDataString(name)}"));
            await TimeAsync("GET /api/persons/{id}", () => http.GetFromJsonAsync<JsonElement>($"api/persons/{subject.GetProperty("personId").GetString()}"));
            await TimeAsync("POST decision (different)", async () =>
            {
                var response = await http.PostAsJsonAsync($"api/reviews/{first.GetProperty("id").GetString()}/decision", new { decision = "different", reason = "DIFFERENT_NAMESAKE" });
                response.EnsureSuccessStatusCode();
                return response;
            });
            var export = await TimeAsync("POST /api/exports (prepare the .xlsx from the cohort)", async () =>
            {
                var response = await http.PostAsync("api/exports", null);
                response.EnsureSuccessStatusCode();
                return await response.Content.ReadFromJsonAsync<JsonElement>();
            });
            Console.WriteLine($"  {export.GetProperty("people")} people on the list");
            var file = await TimeAsync("GET the list (.xlsx)", () => http.GetByteArrayAsync(export.GetProperty("xlsxUrl").GetString()!.TrimStart('/')));
            Console.WriteLine($"  {file.Length / 1024} KB");
            await TimeAsync("GET /api/audit", () => http.GetFromJsonAsync<JsonElement>("api/audit"));
            Console.WriteLine($"peak working set of this process (server + client): {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static async Task<T> TimeAsync<T>(string what, Func<Task<T>> call)
    {
        var watch = Stopwatch.StartNew();
        var result = await call();
        Console.WriteLine($"{what,-52} {watch.Elapsed.TotalMilliseconds,8:F0} ms");
        return result;
    }

    private static void CopyDirectory(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            throw new DirectoryNotFoundException($"{from} does not exist: run 'pipeline run --out OUT' first.");
        }

        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
