using System.Globalization;
using System.Text;
using Pipeline.Samples;

// Usage:
//   Pipeline.Samples [--root DIR]            writes the committed samples under DIR/samples (default: the repo root)
//   Pipeline.Samples --rows N --out FILE     writes one large clean .xlsx list (benchmarks; not committed)
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
const int seed = 20251125;

var options = ParseOptions(args);
if (options.TryGetValue("--rows", out var rowText))
{
    var rows = int.Parse(rowText, CultureInfo.InvariantCulture);
    var output = options.GetValueOrDefault("--out") ?? $"pekerja-rentan-{rows}.xlsx";
    LargeCleanList.Write(output, rows, new PersonFactory(seed));
    Console.WriteLine($"Wrote {rows} rows to {output}");
    return 0;
}

var root = options.GetValueOrDefault("--root") ?? FindRepositoryRoot();
var samples = Path.Combine(root, "samples");
var people = new PersonFactory(seed);

var kualuhHulu = new WorkerListSamples(people);
kualuhHulu.WriteAekKanopan(Path.Combine(samples, "uploads", "kualuh-hulu", "aek-kanopan", "daftar-pekerja-rentan.xlsx"));
kualuhHulu.WriteSukarame(Path.Combine(samples, "uploads", "kualuh-hulu", "sukarame", "pekerja-rentan-sukarame.xlsx"));

var naIxX = new NaIxXCsvSample(people);
naIxX.Write(Path.Combine(samples, "uploads", "na-ix-x", "pulo-jantan", "data.csv"));

new KualuhSelatanXlsSample(people).Write(Path.Combine(samples, "uploads", "kualuh-selatan", "damuli-pekan", "data-lama.xls"));

new ParticipantRegisterSample(people).Write(Path.Combine(samples, "peserta-bpjs.csv"), 200,
[
    (kualuhHulu.SharedIdentical, kualuhHulu.SharedIdentical.Name),
    (kualuhHulu.SharedRespelled, kualuhHulu.SharedRespelled.Name),
    (naIxX.SharedWithRegister, naIxX.SharedWithRegister.Name),
    (kualuhHulu.EnrolledRespelled, "Soetrisno"),
]);

Console.WriteLine($"Samples written under {samples}");
return 0;

static Dictionary<string, string> ParseOptions(string[] args)
{
    var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    for (var index = 0; index + 1 < args.Length; index += 2)
    {
        options[args[index]] = args[index + 1];
    }

    return options;
}

static string FindRepositoryRoot()
{
    for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Pipeline.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository or pass --root DIR.");
}
