using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pipeline.Core.Cohort;
using Pipeline.Core.Review;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage.Cohort;
using Pipeline.Storage.Review;
using Pipeline.Storage.Tables;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Cohort;

/// <summary>
/// Two villages and a released list, on a fake clock: Aek Kanopan lists Budi and Sri, Sukarame lists Rina; Rina (a
/// reviewer) prepares the list, Bayu (an approver) releases it in January 2026. The services are called as the API
/// and the triggers call them.
/// </summary>
internal sealed class CohortScenario : IAsyncDisposable
{
    public const string AekKanopan = "kualuh-hulu/aek-kanopan/daftar.xlsx";
    public const string Sukarame = "kualuh-hulu/sukarame/data.xlsx";
    public const string BudiNik = "1223011203800001";
    public const string SriNik = "1223016507900002";
    public const string RinaNik = "1223015508920004";

    public static readonly AuditLog.Actor Rina = new("oid-rina", "Rina");
    public static readonly AuditLog.Actor Bayu = new("oid-bayu", "Bayu");
    public static readonly AuditLog.Actor Andi = new("oid-andi", "Andi");

    public static object?[] Budi(int no = 1) => Worker(no, BudiNik, "Budi Siregar", "12-03-1980", "L");

    public static object?[] Sri(int no = 2) => Worker(no, SriNik, "Sri Wahyuni Harahap", "25-07-1990", "P");

    public static object?[] RinaRow(int no = 1) => Worker(no, RinaNik, "Rina Pohan", "15-08-1992", "P", desa: "Sukarame");

    private CohortScenario(TestEnvironment environment, FakeTimeProvider clock)
    {
        Environment = environment;
        Clock = clock;
    }

    public TestEnvironment Environment { get; }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => Environment.Services;

    public static async Task<CohortScenario> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 12, 2, 0, 0, TimeSpan.Zero));
        return new CohortScenario(await TestEnvironment.StartAsync(settings, clock), clock);
    }

    /// <summary>Both villages listed, the list prepared by Rina and released by Bayu: three people submitted.</summary>
    public async Task<ExportEntity> ListAndReleaseAsync()
    {
        await Environment.UploadAndIngestAsync(AekKanopan, VillageList(Budi(), Sri()));
        await Environment.UploadAndIngestAsync(Sukarame, VillageList(RinaRow()));
        var draft = await Services.GetRequiredService<ListPreparer>().PrepareAsync(ListKind.Registration, Rina, default);
        var released = await Services.GetRequiredService<ListReleaser>().ReleaseAsync(draft.RowKey, Bayu, default);
        Assert.Equal(ReleaseStatus.Released, released.Status);
        return released.Export!;
    }

    public Task<ConfirmationReport> ConfirmAsync(string csv, string name = "konfirmasi-januari.csv") =>
        Services.GetRequiredService<ConfirmationService>().ConfirmAsync(name, IngestTests.Utf8(csv), Andi, default);

    public Task<Dictionary<string, CohortMember>> MembersByNikAsync() => MembersByNikAsync(Services);

    /// <summary>Every member of the cohort these services see, by NIK, whole.</summary>
    public static async Task<Dictionary<string, CohortMember>> MembersByNikAsync(IServiceProvider services)
    {
        var members = new Dictionary<string, CohortMember>();
        foreach (var state in CohortStates.All)
        {
            await foreach (var member in services.GetRequiredService<CohortStore>().ReadAsync(state, default))
            {
                members[member.Details!.Nik!] = member;
            }
        }

        return members;
    }

    public async Task<RecordEntity> RecordAsync(string path, string nik)
    {
        var upload = await IngestTests.GetUploadAsync(Environment, path);
        return (await IngestTests.ReadRecordsAsync(Environment, upload.UploadKey)).Single(r => r.Nik == nik);
    }

    public ValueTask DisposeAsync() => Environment.DisposeAsync();
}
