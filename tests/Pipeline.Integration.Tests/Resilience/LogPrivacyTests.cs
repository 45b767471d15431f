using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Text.RegularExpressions;
using Azure;
using Azure.Core;
using Azure.Core.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Cli;
using Pipeline.Functions;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Participants;
using Pipeline.Storage.Reporting;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Resilience;

/// <summary>
/// Personal data never in logs or exception messages: everything logged during an ingest-heavy scenario (every
/// category at Trace, and the Azure SDK's own event source at Verbose) is scanned for the NIKs, phone numbers and
/// names of the test's people, and for any 16-digit run or Indonesian mobile number at all.
/// </summary>
public sealed partial class LogPrivacyTests
{
    private static readonly object?[][] Aek =
    [
        Worker(1, "1223011203800401", "Zulkarnain Hasibuan", "12-03-1980", "L", phone: "081377712345"),
        Worker(2, "1223015708850402", "Masniari Sitorus", "17-08-1985", "P", phone: "0852 6677 8899"),
        Worker(3, "12230112038", "Parlindungan Tambunan", "12-03-1980", "L", phone: "+62 813 9988 7766"),
        Worker(4, "1223011203800404", "B0ru Simatupang", "12-03-1980", "L", phone: "12345"),
        Worker(5, "1223014101100405", "Anak Kecil Purba", "01-01-2010", "L"),
    ];

    private static readonly object?[][] Sukarame =
    [
        Worker(1, "1223011203800401", "Zulkarnain Hasibuan", "12-03-1980", "L", phone: "081377712345"),
        Worker(2, "1223015708850499", "Masniari Sitorus", "17-08-1985", "P"),
        Worker(3, "1223016507900406", "Tiurma Sihombing", "25-07-1990", "P", phone: "081298765432"),
        Worker(4, "1223011506750407", "=HYPERLINK(\"x\") Manurung", "15-06-1975", "L"),
    ];

    private static readonly string[] Names =
        ["Zulkarnain Hasibuan", "Masniari Sitorus", "Parlindungan Tambunan", "Simatupang", "Anak Kecil Purba", "Tiurma Sihombing", "Manurung", "Sri Wahyuni Siregar"];

    private static readonly string[] Niks =
        ["1223011203800401", "1223015708850402", "12230112038", "1223011203800404", "1223014101100405", "1223015708850499", "1223016507900406", "1223011506750407", "1223016507900002"];

    private static readonly string[] Phones = ["081377712345", "85266778899", "8139988776", "081298765432", "6281377712345"];

    [Fact]
    public async Task Nothing_personal_is_logged_or_thrown_during_ingest_faults_refreshes_and_the_weekly_summary()
    {
        var capture = new CapturingLoggerProvider();
        var sdk = new ConcurrentQueue<string>();
        using var listener = new AzureEventSourceListener((e, message) => sdk.Enqueue($"{e.EventSource.Name} {message}"), EventLevel.Verbose);
        var surfaced = new List<Exception>();

        await using (var azurite = await AzuriteProcess.StartAsync(location: null))
        {
            await using var services = Compose(PipelineStorageFactory.FromConnectionString(azurite.ConnectionString), capture);
            await services.GetRequiredService<PipelineStorage>().EnsureCreatedAsync();
            var register = "KPJ,NIK,NAMA_PESERTA,TGL_LAHIR,STATUS_KEPESERTAAN\n25012345678,1223016507900002,SRI WAHYUNI SIREGAR,25-07-1990,AKTIF\n";
            await services.GetRequiredService<ParticipantRegisterService>().LoadAsync("reference/peserta/export.csv", IngestTests.Utf8(register), default);

            var ingest = services.GetRequiredService<UploadIngestService>();
            var storage = services.GetRequiredService<PipelineStorage>();
            await Ingest(storage, ingest, "kualuh-hulu/aek-kanopan/daftar.xlsx", VillageList(Aek));
            await Ingest(storage, ingest, "kualuh-hulu/sukarame/daftar.xlsx", VillageList(Sukarame));
            await Ingest(storage, ingest, "kualuh-hulu/sukarame/daftar.csv", System.Text.Encoding.UTF8.GetBytes(
                "NIK,Nama,Tanggal Lahir,No HP\n1223016507900002,Sri Wahyuni Siregar,25-07-1990,081377712345\n\"1223011203800401,Zulkarnain Hasibuan\n"));
            await Ingest(storage, ingest, "kualuh-hulu/aek-kanopan/surat.pdf", "%PDF-1.7 Zulkarnain Hasibuan 1223011203800401"u8.ToArray());
            // A new version without its first rows: promotions elsewhere, and Sukarame's result written again.
            await Ingest(storage, ingest, "kualuh-hulu/aek-kanopan/daftar.xlsx", VillageList(Aek[2..]));

            // Storage faults on every attempt of one upload, through the function class: the errors that surface.
            await using var faulty = Compose(PipelineStorageFactory.FromConnectionString(azurite.ConnectionString, options =>
            {
                options.Retry.MaxRetries = 0;
                options.AddPolicy(new ThrowingPolicy(m => m.Request.Uri.Path.Contains("$batch", StringComparison.Ordinal) ? new RequestFailedException(503, "Injected fault") : null), HttpPipelinePosition.PerRetry);
            }), capture);
            var function = ActivatorUtilities.CreateInstance<IngestUploadFunction>(faulty);
            var content = VillageList(Sukarame);
            for (var attempt = 0; attempt < new IngestOptions().MaxAttempts; attempt++)
            {
                surfaced.Add(await Assert.ThrowsAnyAsync<Exception>(() => function.Run(new MemoryStream(content), "kualuh-hulu", "sukarame", "ulang.xlsx", default)));
            }

            await services.GetRequiredService<WeeklySummaryService>().MakeCurrentWeekAsync(default);
        }

        var everything = capture.Entries.Concat(sdk).Concat(surfaced.Select(e => e.ToString())).ToList();
        Assert.Contains(capture.Entries, e => e.Contains("Upload", StringComparison.Ordinal));
        Assert.Contains(capture.Entries, e => e.Contains("written again", StringComparison.Ordinal));
        Assert.Contains(capture.Entries, e => e.Contains("last attempt", StringComparison.Ordinal));
        Assert.NotEmpty(sdk);
        foreach (var logged in everything)
        {
            // The SDK's request ids are random GUIDs; one starting "0887..-...." reads as a mobile number.
            var entry = RequestId().Replace(logged, "<id>");
            Assert.DoesNotMatch(SixteenDigits(), entry);
            Assert.DoesNotMatch(MobileNumber(), entry);
            foreach (var personal in Names.Concat(Niks).Concat(Phones))
            {
                Assert.False(entry.Contains(personal, StringComparison.OrdinalIgnoreCase), $"personal data '{personal}' in: {entry[..Math.Min(entry.Length, 300)]}");
            }
        }
    }

    private static async Task Ingest(PipelineStorage storage, UploadIngestService ingest, string path, byte[] content)
    {
        await storage.Uploads.GetBlobClient(path).UploadAsync(new BinaryData(content), overwrite: true);
        await ingest.IngestAsync(path, new MemoryStream(content), default);
    }

    private static ServiceProvider Compose(PipelineStorage storage, CapturingLoggerProvider capture)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Validation:ReferenceDate"] = TestEnvironment.ReferenceDate })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(capture));
        services.AddPipeline(configuration, storage);
        return services.BuildServiceProvider();
    }

    // Bounded by non-alphanumerics: request and trace ids are hex, and a run of digits inside one (a GUID such as
    // ...-c0873816220b) is not a NIK or a phone number; the test's own NIKs and phones are also checked literally.
    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{16}(?![0-9A-Za-z])")]
    private static partial Regex SixteenDigits();

    [GeneratedRegex(@"(?<![0-9A-Za-z])(\+?62|0)\s?8\d{2}[\s-]?\d{3,4}[\s-]?\d{3,5}(?![0-9A-Za-z])")]
    private static partial Regex MobileNumber();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex RequestId();
}
