using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Ingest;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests;

/// <summary>
/// A storage fault halfway through must surface (so the platform retries), and the retry must complete the
/// work without duplicating anything.
/// </summary>
public sealed class TransientFaultTests
{
    [Fact]
    public async Task A_storage_fault_mid_ingest_throws_and_the_retry_completes_without_duplicates()
    {
        await using var env = await TestEnvironment.StartAsync();
        const string path = "kualuh-hulu/aek-kanopan/besar.xlsx";
        var rows = Enumerable.Range(1, 250)
            .Select(i => Worker(i, $"1223011203800{i:D3}", $"Pekerja Nomor {Words(i)}", "12-03-1980", "L"))
            .ToArray();
        var content = VillageList(rows);

        // Fail table batch writes after the first one lands: the upload is half written when the fault hits.
        var fault = new FaultInjectionPolicy(1, m => m.Request.Uri.Path.Contains("$batch", StringComparison.Ordinal));
        var faulty = PipelineStorageFactory.FromConnectionString(env.ConnectionString, options =>
        {
            options.Retry.MaxRetries = 0;
            options.AddPolicy(fault, HttpPipelinePosition.PerRetry);
        });
        await using (var faultyServices = TestEnvironment.Compose(faulty))
        {
            var ingest = faultyServices.GetRequiredService<UploadIngestService>();
            await Assert.ThrowsAsync<Azure.RequestFailedException>(() => ingest.IngestAsync(path, new MemoryStream(content), default));
        }

        Assert.True(fault.Injected > 0);
        Assert.Equal(IngestOutcome.Processing, (await IngestTests.GetUploadAsync(env, path)).Status);

        var retry = await env.Ingest.IngestAsync(path, new MemoryStream(content), default);

        Assert.Equal((IngestOutcome.Processed, false, 250), (retry.Status, retry.Skipped, retry.Rows));
        var records = await IngestTests.ReadRecordsAsync(env, retry.UploadKey);
        Assert.Equal(250, records.Count);
        Assert.Equal(250, records.Select(r => r.RowKey).Distinct().Count());
        var upload = await IngestTests.GetUploadAsync(env, path);
        Assert.Equal((2, 250), (upload.Attempts, upload.Rows));
    }

    // Distinct names so nobody is a duplicate of anybody: the test is about storage, not matching.
    private static string Words(int i)
    {
        string[] ones = ["Nol", "Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan", "Sembilan"];
        return $"{ones[i / 100]} {ones[i / 10 % 10]} {ones[i % 10]}";
    }
}
