using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Pipeline.Cli;
using Pipeline.Core.Reporting;
using Pipeline.Functions;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Participants;
using Pipeline.Storage.Reporting;

namespace Pipeline.Integration.Tests.Reporting;

/// <summary>
/// Three weeks of a real deployment, once per test class, against one Azurite with the clock pinned:
/// <list type="bullet">
/// <item>Mon 16 Nov 2026 (W47): the register is loaded; "this week's summary now" says there is no data yet;</item>
/// <item>Wed 18 Nov: Aek Kanopan and Sukarame send their lists; Tue 24 Nov (W48): Damuli Pekan and Pulo Jantan;</item>
/// <item>Wed 25 Nov: W48's summary is made mid-week (first run); Thu 26 Nov: Sukarame sends a broken file;</item>
/// <item>Mon 30 Nov 07:00 WIB: the timer fires and makes W48 again, complete (second run, replaces the first);
/// records.csv is exported;</item>
/// <item>Mon 14 Dec (W51): the app was down for two Mondays; the timer fires past due and catches up W49 and W50.</item>
/// </list>
/// </summary>
public sealed class WeeklySummaryScenario : IAsyncLifetime
{
    public static readonly ReportWeek W47 = ReportWeek.Parse("2026-W47");
    public static readonly ReportWeek W48 = ReportWeek.Parse("2026-W48");

    private AzuriteProcess? _azurite;

    public FakeTimeProvider Clock { get; } = new(At(W47, 1, 8));
    public ServiceProvider Services { get; private set; } = null!;
    public PipelineStorage Storage => Services.GetRequiredService<PipelineStorage>();
    public string ExportDir { get; } = Path.Combine(Path.GetTempPath(), "pipeline-summary-" + Guid.NewGuid().ToString("N"));

    public WeeklySummaryOutcome EmptyWeek { get; private set; } = null!;
    public string EmptyWeekPage { get; private set; } = "";
    public SummaryEntity FirstRun { get; private set; } = null!;
    public string FirstRunPage { get; private set; } = "";
    public SummaryEntity SecondRun { get; private set; } = null!;
    public string SecondRunPage { get; private set; } = "";
    public IReadOnlyList<SummaryEntity> Stored { get; private set; } = [];
    public IReadOnlyList<string> ReportBlobs { get; private set; } = [];

    /// <summary>A day of a week (1 = Monday) at an hour on the Jakarta clock.</summary>
    public static DateTimeOffset At(ReportWeek week, int day, int hour) => week.Start.AddDays(day - 1).AddHours(hour);

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync(location: null);
        Services = Compose(_azurite.ConnectionString);
        await Storage.EnsureCreatedAsync();
        var summaries = Services.GetRequiredService<WeeklySummaryService>();
        var root = CliTests.RepoRoot();

        await using (var register = File.OpenRead(Path.Combine(root, "samples", "peserta-bpjs.csv")))
        {
            await Services.GetRequiredService<ParticipantRegisterService>().LoadAsync("peserta/peserta-bpjs.csv", register, CancellationToken.None);
        }

        EmptyWeek = await summaries.MakeCurrentWeekAsync(CancellationToken.None);
        EmptyWeekPage = await ReadTextAsync(EmptyWeek.PagePath);

        Clock.SetUtcNow(At(W47, 3, 9));
        await IngestSampleAsync(root, "kualuh-hulu/aek-kanopan/daftar-pekerja-rentan.xlsx");
        await IngestSampleAsync(root, "kualuh-hulu/sukarame/pekerja-rentan-sukarame.xlsx");

        Clock.SetUtcNow(At(W48, 2, 10));
        await IngestSampleAsync(root, "kualuh-selatan/damuli-pekan/data-lama.xls");
        await IngestSampleAsync(root, "na-ix-x/pulo-jantan/data.csv");

        Clock.SetUtcNow(At(W48, 3, 15));
        await summaries.MakeCurrentWeekAsync(CancellationToken.None);
        FirstRun = (await Services.GetRequiredService<SummaryStore>().GetAsync(W48, CancellationToken.None))!;
        FirstRunPage = await ReadTextAsync(FirstRun.PagePath);

        Clock.SetUtcNow(At(W48, 4, 11));
        await IngestAsync("kualuh-hulu/sukarame/rusak.xlsx", "ini bukan lembar kerja"u8.ToArray());

        var function = ActivatorUtilities.CreateInstance<WeeklySummaryFunction>(Services);
        Clock.SetUtcNow(At(W48.Next, 1, 7));
        await function.Run(new TimerInfo { IsPastDue = false }, CancellationToken.None);
        SecondRun = (await Services.GetRequiredService<SummaryStore>().GetAsync(W48, CancellationToken.None))!;
        SecondRunPage = await ReadTextAsync(SecondRun.PagePath);
        ReportBlobs = await ListReportBlobsAsync();

        var export = new StringWriter();
        var exit = await CliApp.RunAsync(["export", "--from", ExportDir, "--storage", _azurite.ConnectionString, "--out", ExportDir], export, export);
        Assert.True(exit == 0, export.ToString());

        Clock.SetUtcNow(At(W48.AddWeeks(3), 1, 9));
        await function.Run(new TimerInfo { IsPastDue = true }, CancellationToken.None);
        Stored = await Services.GetRequiredService<SummaryStore>().ListAsync(CancellationToken.None);
    }

    public async Task<string> ReadTextAsync(string reportPath) =>
        (await Storage.Reports.GetBlobClient(reportPath).DownloadContentAsync()).Value.Content.ToString();

    public async Task<byte[]> ReadBytesAsync(string reportPath) =>
        (await Storage.Reports.GetBlobClient(reportPath).DownloadContentAsync()).Value.Content.ToArray();

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        if (Directory.Exists(ExportDir))
        {
            Directory.Delete(ExportDir, recursive: true);
        }
    }

    /// <summary>The host's composition (<see cref="TestEnvironment.Compose"/>'s settings) with the pinned clock.</summary>
    private ServiceProvider Compose(string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Validation:ReferenceDate"] = TestEnvironment.ReferenceDate })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddPipeline(configuration, PipelineStorageFactory.FromConnectionString(connectionString));
        services.AddSingleton<TimeProvider>(Clock);
        return services.BuildServiceProvider();
    }

    private Task IngestSampleAsync(string root, string path) =>
        IngestAsync(path, File.ReadAllBytes(Path.Combine(root, "samples", "uploads", path)));

    private async Task IngestAsync(string path, byte[] content)
    {
        await Storage.Uploads.GetBlobClient(path).UploadAsync(new BinaryData(content), overwrite: true);
        await Services.GetRequiredService<UploadIngestService>().IngestAsync(path, new MemoryStream(content), CancellationToken.None);
    }

    private async Task<IReadOnlyList<string>> ListReportBlobsAsync()
    {
        var names = new List<string>();
        await foreach (var blob in Storage.Reports.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        return names;
    }
}
