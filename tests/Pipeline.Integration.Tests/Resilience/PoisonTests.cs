using System.Text.Json;
using Azure;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Model;
using Pipeline.Functions;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Tables;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Resilience;

/// <summary>
/// A blob that keeps failing: the function throws on every attempt (so the platform retries, then moves the blob
/// to the poison queue), and the attempt that reaches the threshold leaves the upload <c>failed</c> with a result
/// that says it will not be retried, never stuck at <c>processing</c>. The function class is called as the host
/// would call it, once per delivery, over storage with a fault injected.
/// </summary>
public sealed class PoisonTests(SharedEnvironment shared) : IClassFixture<SharedEnvironment>
{
    private TestEnvironment Env => shared.Environment;

    [Fact]
    public async Task A_blob_failing_on_every_attempt_ends_failed_on_the_last_one_and_the_error_still_reaches_the_platform()
    {
        const string path = "kualuh-hulu/aek-kanopan/gangguan.xlsx";
        var content = VillageList(Worker(1, "1223011203800101", "Budi Siregar", "12-03-1980", "L"));
        await using var faulty = Faulty(m => IsTableBatch(m) ? Outage() : null);
        var function = ActivatorUtilities.CreateInstance<IngestUploadFunction>(faulty);
        var maxAttempts = new IngestOptions().MaxAttempts;

        for (var attempt = 1; attempt < maxAttempts; attempt++)
        {
            await Assert.ThrowsAsync<RequestFailedException>(() => Deliver(function, path, content));
            var during = await IngestTests.GetUploadAsync(Env, path);
            Assert.Equal((IngestOutcome.Processing, attempt), (during.Status, during.Attempts));
        }

        await Assert.ThrowsAsync<RequestFailedException>(() => Deliver(function, path, content));

        var upload = await IngestTests.GetUploadAsync(Env, path);
        Assert.Equal((IngestOutcome.Failed, maxAttempts, IssueCatalog.FileRetriesExhausted.Code), (upload.Status, upload.Attempts, upload.IssueCode));
        Assert.Equal(IssueCatalog.FileRetriesExhausted.MessageId, upload.Message);
        using var result = await ResultWorkbooks.OpenAsync(Env, path);
        var text = ResultWorkbooks.AllText(result);
        Assert.Contains("FILE_RETRIES_EXHAUSTED", text);
        Assert.Contains("tidak akan dicoba lagi", text);
        Assert.Contains("Hubungi petugas Disnaker", text);
    }

    [Fact]
    public async Task A_delivery_after_the_attempts_ran_out_is_refused_at_once_and_recorded_as_failed()
    {
        const string path = "kualuh-hulu/aek-kanopan/terhenti.xlsx";
        var content = VillageList(Worker(1, "1223011203800102", "Sari Harahap", "12-03-1981", "P"));

        // Storage half down: the rows cannot be written, and neither can the result that would say so.
        await using (var faulty = Faulty(m => IsTableBatch(m) || m.Request.Uri.Path.Contains("/" + StorageNames.ResultsContainer + "/", StringComparison.Ordinal) ? Outage() : null))
        {
            var function = ActivatorUtilities.CreateInstance<IngestUploadFunction>(faulty);
            for (var attempt = 1; attempt <= new IngestOptions().MaxAttempts; attempt++)
            {
                await Assert.ThrowsAsync<RequestFailedException>(() => Deliver(function, path, content));
            }
        }

        var stuck = await IngestTests.GetUploadAsync(Env, path);
        Assert.Equal(IngestOutcome.Processing, stuck.Status);
        var timeout = new IngestOptions().AttemptTimeout;
        Assert.False(stuck.IsStalled(stuck.StartedAt!.Value + timeout - TimeSpan.FromMinutes(1), timeout));
        Assert.True(stuck.IsStalled(stuck.StartedAt!.Value + timeout + TimeSpan.FromMinutes(1), timeout));
        var stalled = await Env.Services.GetRequiredService<UploadStore>().ListStalledAsync(stuck.StartedAt!.Value + timeout + TimeSpan.FromMinutes(1), timeout, default).ToListAsync();
        Assert.Contains(stalled, u => u.Path == path);

        // Storage is back; the same blob is delivered again (Event Grid delivers at least once).
        var healthy = ActivatorUtilities.CreateInstance<IngestUploadFunction>(Env.Services);
        await Deliver(healthy, path, content);

        var upload = await IngestTests.GetUploadAsync(Env, path);
        Assert.Equal((IngestOutcome.Failed, IssueCatalog.FileRetriesExhausted.Code), (upload.Status, upload.IssueCode));
        Assert.Empty(await IngestTests.ReadRecordsAsync(Env, UploadIdentity.Of(path).Key));
        using var result = await ResultWorkbooks.OpenAsync(Env, path);
        Assert.Contains("FILE_RETRIES_EXHAUSTED", ResultWorkbooks.AllText(result));
    }

    [Fact]
    public async Task Writing_the_same_content_again_after_a_give_up_processes_it_afresh()
    {
        const string path = "kualuh-hulu/aek-kanopan/ulang.xlsx";
        var content = VillageList(Worker(1, "1223011203800103", "Rina Ritonga", "12-03-1982", "P"));
        await using (var faulty = Faulty(m => IsTableBatch(m) ? Outage() : null))
        {
            var function = ActivatorUtilities.CreateInstance<IngestUploadFunction>(faulty);
            for (var attempt = 1; attempt <= new IngestOptions().MaxAttempts; attempt++)
            {
                await Assert.ThrowsAsync<RequestFailedException>(() => Deliver(function, path, content));
            }
        }

        Assert.Equal(IngestOutcome.Failed, (await IngestTests.GetUploadAsync(Env, path)).Status);

        await Deliver(ActivatorUtilities.CreateInstance<IngestUploadFunction>(Env.Services), path, content);

        var upload = await IngestTests.GetUploadAsync(Env, path);
        Assert.Equal((IngestOutcome.Processed, 1, 1, (string?)null), (upload.Status, upload.Attempts, upload.Rows, upload.IssueCode));
    }

    [Fact]
    public void The_attempts_and_the_attempt_timeout_agree_with_host_json()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Pipeline.Functions", "host.json")));
        var options = new IngestOptions();
        Assert.Equal(options.MaxAttempts, host.RootElement.GetProperty("extensions").GetProperty("blobs").GetProperty("poisonBlobThreshold").GetInt32());
        Assert.Equal(options.AttemptTimeout, TimeSpan.Parse(host.RootElement.GetProperty("functionTimeout").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Task Deliver(IngestUploadFunction function, string path, byte[] content)
    {
        var parts = path.Split('/', 3);
        return function.Run(new MemoryStream(content), parts[0], parts[1], parts[2], CancellationToken.None);
    }

    private ServiceProvider Faulty(Func<HttpMessage, Exception?> fault) =>
        TestEnvironment.Compose(PipelineStorageFactory.FromConnectionString(Env.ConnectionString, options =>
        {
            options.Retry.MaxRetries = 0;
            options.AddPolicy(new ThrowingPolicy(fault), HttpPipelinePosition.PerRetry);
        }));

    private static bool IsTableBatch(HttpMessage message) => message.Request.Uri.Path.Contains("$batch", StringComparison.Ordinal);

    private static RequestFailedException Outage() => new(503, "Injected fault: storage unavailable");

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Pipeline.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
