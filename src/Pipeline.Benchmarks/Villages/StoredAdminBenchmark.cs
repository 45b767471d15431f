using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Pipeline.Cli;
using Pipeline.Storage;

namespace Pipeline.Benchmarks.Villages;

/// <summary>
/// The children <c>stored</c> runs against the seeded million, each in its own process so that its peak is its own:
/// <c>stored-admin</c> times the administrators' calls through real HTTP (the local API server), several people each,
/// and prints the medians; <c>stored-summary</c> and <c>stored-export</c> run the CLI's <c>summary</c> and <c>export</c>.
/// </summary>
internal static class StoredAdminBenchmark
{
    /// <summary>Queue pages timed at least: the median of two is the slower of two.</summary>
    private const int QueueCalls = 7;

    /// <summary>The sampled people as one argument: <c>nik,firstName,personId</c> separated by <c>;</c>.</summary>
    public static string Encode(SeededSample sample) => string.Join(';', sample.People.Select(p => $"{p.Nik},{p.FirstName},{p.PersonId}"));

    public static async Task<int> RunAdminAsync(string[] args)
    {
        var options = new BenchmarkArguments(args);
        var people = options.Required("people").Split(';').Select(p => p.Split(',')).ToList();
        var storage = PipelineStorageFactory.FromConnectionString(options.Required("storage"));
        await using var server = await LocalApiServer.StartAsync(storage, new ConfigurationBuilder().Build(), 0, developmentSignIn: true);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(5) };
        var signIn = await (await http.PostAsJsonAsync("api/dev/signin", new { name = "bench", roles = new[] { "reviewer", "admin" } })).Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new("Bearer", signIn.GetProperty("token").GetString());

        // One call of each first (connections, JIT), not counted.
        await http.GetStringAsync($"api/records?nik={people[0][0]}");
        var found = 0;
        var nik = await MedianAsync(people, async p => found += Items(await http.GetFromJsonAsync<JsonElement>($"api/records?nik={p[0]}")));
        var names = 0;
        var name = await MedianAsync(people, async p => names += Items(await http.GetFromJsonAsync<JsonElement>($"api/records?name={Uri.EscapeDataString(p[1])}")));
        var listings = 0;
        var person = await MedianAsync(people, async p => listings += (await http.GetFromJsonAsync<JsonElement>($"api/persons/{p[2]}")).GetProperty("listings").GetArrayLength());
        // The queue page asks for nobody in particular: one call first (not counted), then at least QueueCalls.
        var pending = (await http.GetFromJsonAsync<JsonElement>("api/reviews?pageSize=20")).GetProperty("total").GetInt32();
        var queue = await MedianAsync([.. Enumerable.Repeat(people[0], Math.Max(people.Count, QueueCalls))], async _ =>
            pending = (await http.GetFromJsonAsync<JsonElement>("api/reviews?pageSize=20")).GetProperty("total").GetInt32());
        Console.WriteLine($"  admin calls ({people.Count} each): NIK search found {found}, name search {names} (pages of 50), person lookups {listings} listings, queue {pending:N0} items");
        Console.WriteLine(ChildProcess.Line(
            ("nik_ms", nik.ToString(CultureInfo.InvariantCulture)),
            ("name_ms", name.ToString(CultureInfo.InvariantCulture)),
            ("person_ms", person.ToString(CultureInfo.InvariantCulture)),
            ("queue_ms", queue.ToString(CultureInfo.InvariantCulture)),
            ("peak_mb", (Process.GetCurrentProcess().PeakWorkingSet64 / 1048576).ToString(CultureInfo.InvariantCulture))));
        return 0;
    }

    /// <summary><c>stored-summary</c> / <c>stored-export</c>: the CLI command against the seeded store; its time and this process's peak.</summary>
    public static async Task<int> RunCommandAsync(string command, string[] args)
    {
        var options = new BenchmarkArguments(args);
        var outDir = options.Required("out");
        Directory.CreateDirectory(outDir);
        string[] cli = command == "summary"
            ? ["summary", "--storage", options.Required("storage"), "--out", outDir, "--reference-date", "2025-11-06"]
            : ["export", "--from", outDir, "--storage", options.Required("storage")];
        var output = new StringWriter();
        var errors = new StringWriter();
        var watch = Stopwatch.StartNew();
        var exit = await CliApp.RunAsync(cli, output, errors);
        if (exit != 0)
        {
            Console.Error.WriteLine(errors.ToString());
            return exit;
        }

        Console.WriteLine(ChildProcess.Line(
            ("ms", watch.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture)),
            ("peak_mb", (Process.GetCurrentProcess().PeakWorkingSet64 / 1048576).ToString(CultureInfo.InvariantCulture)),
            ("cpu_ms", ((long)Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds).ToString(CultureInfo.InvariantCulture))));
        return 0;
    }

    private static int Items(JsonElement page) => page.GetProperty("items").GetArrayLength();

    private static async Task<long> MedianAsync(IReadOnlyList<string[]> people, Func<string[], Task> call)
    {
        var times = new List<long>();
        foreach (var p in people)
        {
            var watch = Stopwatch.StartNew();
            await call(p);
            times.Add(watch.ElapsedMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }
}

/// <summary>Seeded people the admin calls look up: a NIK, a first name, a person id each.</summary>
internal sealed class SeededSample
{
    public List<(string Nik, string FirstName, string PersonId)> People { get; } = [];
}
