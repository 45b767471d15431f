using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Index;
using Pipeline.Storage.Ingest;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests;

/// <summary>
/// The matching lease and the person index are per scope (a regency): two regencies on one account never wait
/// for each other and never see each other's people. And the lease never hides the error that ended the work.
/// </summary>
public sealed class MatchingScopeTests
{
    private static readonly object?[] Budi = Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L");

    [Fact]
    public async Task Two_scopes_have_their_own_lease_and_their_own_index()
    {
        var utara = new Dictionary<string, string?> { ["Ingest:Scope"] = "labuhanbatu-utara" };
        var induk = new Dictionary<string, string?> { ["Ingest:Scope"] = "labuhanbatu", ["Ingest:LeaseWait"] = "00:00:05" };
        await using var env = await TestEnvironment.StartAsync(utara);
        await using var other = TestEnvironment.Compose(env.Storage, induk);

        // While the first scope's lease is held, the second scope ingests (a shared lease would time out and throw).
        await using (await env.Services.GetRequiredService<MatchingGate>().EnterAsync(default))
        {
            var there = await other.GetRequiredService<UploadIngestService>().IngestAsync("labuhanbatu/rantau-utara/daftar.xlsx", new MemoryStream(VillageList(Budi)), default);
            Assert.Equal("new", Assert.Single(await IngestTests.ReadRecordsAsync(env, there.UploadKey)).Status);
        }

        var here = await env.Ingest.IngestAsync("kualuh-hulu/aek-kanopan/daftar.xlsx", new MemoryStream(VillageList(Budi)), default);

        Assert.Equal("new", Assert.Single(await IngestTests.ReadRecordsAsync(env, here.UploadKey)).Status);
        Assert.Equal(["kualuh-hulu/aek-kanopan/daftar.xlsx"], (await PersonIndexTests.RebuildAsync(env)).Uploads.Select(u => u.Path));
        var theirs = await other.GetRequiredService<PersonIndexCache>().CatchUpAsync(default);
        Assert.Equal(["labuhanbatu/rantau-utara/daftar.xlsx"], theirs.Uploads.Select(u => u.Path));
        Assert.True(await env.Storage.Reference.GetBlobClient("locks/labuhanbatu-utara/matching.lock").ExistsAsync());
        Assert.True(await env.Storage.Reference.GetBlobClient("locks/labuhanbatu/matching.lock").ExistsAsync());
        Assert.NotNull(await env.Services.GetRequiredService<PersonIndexStore>().ReadStateAsync(default));
        Assert.NotNull(await other.GetRequiredService<PersonIndexStore>().ReadStateAsync(default));
    }

    [Fact]
    public async Task When_storage_fails_the_original_error_surfaces_not_the_lease_release()
    {
        await using var env = await TestEnvironment.StartAsync();
        var outage = new ThrowingPolicy(m =>
            m.Request.Uri.Path.Contains("$batch", StringComparison.Ordinal) ? new Azure.RequestFailedException(503, "Injected: table batch refused")
            : m.Request.Uri.Query.Contains("comp=lease", StringComparison.Ordinal) && m.Request.Headers.TryGetValue("x-ms-lease-action", out var action) && action is "release" or "renew"
                ? new HttpRequestException("Injected: connection refused on lease release")
                : null);
        await using var faulty = TestEnvironment.Compose(PipelineStorageFactory.FromConnectionString(env.ConnectionString, options =>
        {
            options.Retry.MaxRetries = 0;
            options.AddPolicy(outage, HttpPipelinePosition.PerRetry);
        }));

        var error = await Assert.ThrowsAsync<Azure.RequestFailedException>(() =>
            faulty.GetRequiredService<UploadIngestService>().IngestAsync("kualuh-hulu/aek-kanopan/daftar.xlsx", new MemoryStream(VillageList(Budi)), default));

        Assert.Contains("table batch refused", error.Message);
    }

    [Fact]
    public async Task A_waiter_in_this_process_takes_the_lease_over_and_another_process_gets_it_once_nobody_waits()
    {
        await using var env = await TestEnvironment.StartAsync();
        await using var otherProcess = TestEnvironment.Compose(env.Storage, new Dictionary<string, string?> { ["Ingest:LeaseWait"] = "00:00:05" });
        var gate = env.Services.GetRequiredService<MatchingGate>();

        var first = await gate.EnterAsync(default);
        Assert.False(first.Continued);
        var waiting = gate.EnterAsync(default);
        await first.DisposeAsync();
        var second = await waiting;

        // Handed over, never released in between: the other process still cannot have it.
        Assert.True(second.Continued);
        var lease = env.Storage.Reference.GetBlobClient($"locks/{gate.Scope}/matching.lock");
        Assert.Equal(Azure.Storage.Blobs.Models.LeaseState.Leased, (await lease.GetPropertiesAsync()).Value.LeaseState);
        await second.DisposeAsync();

        // Nobody waited: released at once, so the other process enters without waiting out the 60 s lease.
        await using var theirs = await otherProcess.GetRequiredService<MatchingGate>().EnterAsync(default);
        Assert.False(theirs.Continued);
    }
}
