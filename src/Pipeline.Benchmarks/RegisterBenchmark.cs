using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Benchmarks.Villages;
using Pipeline.Cli;
using Pipeline.Core.Reading;
using Pipeline.Storage;
using Pipeline.Storage.Participants;

namespace Pipeline.Benchmarks;

/// <summary>
/// <c>register [--rows 2000000] [--read-limit-minutes 20]</c>: a BPJS register export of that many rows (2,000,000 is the configured limit,
/// <c>ReadingOptions.Register</c>) loaded through <see cref="ParticipantRegisterService"/> into an in-memory Azurite,
/// in a child process so that its peak is the loader's own: time, peak working set of the loader and of Azurite.
/// </summary>
/// <remarks>
/// The export is a generated semicolon CSV (BPJS's own format) of invented people with valid NIKs, one row in a
/// thousand with <c>#N/A</c> as KPJ and one in five hundred repeating an earlier NIK, so the checks have work.
/// </remarks>
internal static class RegisterBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var options = new BenchmarkArguments(args);
        var rows = options.Int("rows", 2_000_000);
        var readLimitMinutes = options.Int("read-limit-minutes", (int)ReadingOptions.Register.MaxDuration.TotalMinutes);
        Console.WriteLine($"machine: {BenchmarkMachine.Describe()}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"register read limit: {readLimitMinutes} min (configured: {ReadingOptions.Register.MaxDuration.TotalMinutes:F0} min)"));
        var file = Generate(rows);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"register: {file} ({new FileInfo(file).Length / 1024.0 / 1024.0:F0} MB, {rows:N0} rows)"));

        await using var azurite = await AzuriteProcess.StartAsync(location: null);
        var child = await ChildProcess.RunAsync("register-run", "--storage", azurite.ConnectionString, "--file", file,
            "--read-limit-minutes", readLimitMinutes.ToString(CultureInfo.InvariantCulture));
        Console.WriteLine();
        Console.WriteLine("| rows | participants | without a valid KPJ | NIKs on several rows | time | loader peak | Azurite peak |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {child.Long("rows"):N0} | {child.Long("participants"):N0} | {child.Long("skipped"):N0} | {child.Long("duplicates"):N0} | {child.Long("ms") / 1000.0:F0} s | {child.Long("peak_mb")} MB | {BenchmarkMachine.PeakMegabytes(azurite.ProcessId)} MB |"));
    }

    /// <summary>The child: one load, timed, and its own peak working set.</summary>
    public static async Task<int> RunChildAsync(string[] args)
    {
        var options = new BenchmarkArguments(args);

        // The emulator writes a few thousand rows a second, Table Storage far more: on a busy machine the configured
        // read limit can run out before the emulator has taken a register at the limit's size, so the benchmark may
        // give it longer (and prints what it gave).
        ReadingOptions.Register.MaxDuration = TimeSpan.FromMinutes(options.Int("read-limit-minutes", (int)ReadingOptions.Register.MaxDuration.TotalMinutes));
        await using var services = StoredRecordsBenchmark.Compose(options.Required("storage"));
        await services.GetRequiredService<PipelineStorage>().EnsureCreatedAsync();
        var file = options.Required("file");
        var watch = Stopwatch.StartNew();
        RegisterLoadOutcome loaded;
        await using (var stream = File.OpenRead(file))
        {
            loaded = await services.GetRequiredService<ParticipantRegisterService>().LoadAsync(
                StorageNames.ParticipantsPrefix + Path.GetFileName(file), stream, default,
                read => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {read:N0} rows read, {watch.Elapsed.TotalSeconds:F0} s")));
        }

        var elapsed = watch.ElapsedMilliseconds;
        using var self = Process.GetCurrentProcess();
        Console.WriteLine(ChildProcess.Line(
            ("rows", loaded.RowsRead.ToString(CultureInfo.InvariantCulture)),
            ("participants", loaded.Participants.ToString(CultureInfo.InvariantCulture)),
            ("skipped", loaded.Skipped.ToString(CultureInfo.InvariantCulture)),
            ("duplicates", loaded.DuplicateNiks.ToString(CultureInfo.InvariantCulture)),
            ("ms", elapsed.ToString(CultureInfo.InvariantCulture)),
            ("peak_mb", (self.PeakWorkingSet64 / 1024 / 1024).ToString(CultureInfo.InvariantCulture))));
        return loaded.Status == "processed" ? 0 : 1;
    }

    private static string Generate(int rows)
    {
        var folder = Path.Combine(Path.GetTempPath(), "pipeline-register");
        var path = Path.Combine(folder, $"register-{rows}.csv");
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(folder);
        string[] first = ["SITI", "BUDI", "AHMAD", "RINA", "WAGIMAN", "SUYATMI", "JULIANA", "ROSMAWATI", "DEDI", "SRI", "MUHAMMAD", "NURHAYATI"];
        string[] last = ["SIREGAR", "HARAHAP", "NASUTION", "LUBIS", "POHAN", "MUNTHE", "SITORUS", "DAULAY", "RITONGA", "HASIBUAN", "TANJUNG", "PANJAITAN"];
        using var writer = new StreamWriter(path + ".tmp", false, new UTF8Encoding(false), 1 << 16);
        writer.Write("KPJ;NIK;NAMA_PESERTA;TGL_LAHIR;STATUS_KEPESERTAAN\n");
        for (var i = 0; i < rows; i++)
        {
            var person = i % 500 == 499 ? i - 250 : i;
            var (day, month, year) = (1 + (person % 28), 1 + (person / 28 % 12), 1950 + (person / 336 % 50));
            var female = person % 2 == 1;
            var nik = string.Create(CultureInfo.InvariantCulture, $"12230{1 + (person % 8)}{day + (female ? 40 : 0):D2}{month:D2}{year % 100:D2}{1 + (person / 16800):D4}");
            var kpj = i % 1000 == 999 ? "#N/A" : string.Create(CultureInfo.InvariantCulture, $"25{i:D9}");
            var name = $"{first[person % first.Length]} {first[person / 12 % first.Length]} {last[person / 144 % last.Length]}";
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{kpj};{nik};{name};{day:D2}-{month:D2}-{year};{(i % 5 == 0 ? "NON AKTIF" : "AKTIF")}\n"));
        }

        writer.Close();
        File.Move(path + ".tmp", path);
        return path;
    }
}
