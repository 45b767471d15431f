using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Pipeline.Cli;

namespace Pipeline.Integration.Tests.Cli;

/// <summary>
/// When storage dies mid-run the CLI says what failed and what to do, exits 1, and keeps the original error
/// (issue 10, item 8); a rerun then finishes the work.
/// </summary>
public sealed class CliStorageOutageTests
{
    [Fact]
    public async Task The_private_Azurite_dying_mid_run_ends_with_a_clear_message_and_exit_1_and_a_rerun_completes()
    {
        using var folders = new CliFolders();
        folders.AddVillages(20);
        string[] run = ["run", "--input", folders.Input, "--out", folders.Out, "--reference-date", "2025-11-06", "--parallel", "1"];
        var errors = new WatchedWriter("[1/");

        var running = CliApp.RunAsync(run, new StringWriter(), errors);
        await errors.Seen.WaitAsync(TimeSpan.FromSeconds(300)); // a busy machine starts Azurite and reads the first file slowly
        var pid = int.Parse(System.Text.RegularExpressions.Regex.Match(errors.ToString(), @"private Azurite \(process (\d+)\)").Groups[1].Value);
        Process.GetProcessById(pid).Kill();
        var exit = await running.WaitAsync(TimeSpan.FromSeconds(60));

        var text = errors.ToString();
        Assert.True(exit == 1, text);
        Assert.Contains("The private storage emulator (Azurite) stopped unexpectedly", text);
        Assert.Contains("run the same command again: unchanged files are skipped", text);
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("[20/20]", text);

        // The advice holds: the same command again finishes the run, every file with its row.
        var again = new StringWriter();
        Assert.True(await CliApp.RunAsync(run, new StringWriter(), again) == 0, again.ToString());
        Assert.Equal(21, folders.UploadsCsv().Count);
        Assert.All(folders.UploadsCsv().Skip(1), row => Assert.Equal("processed", row[1]));
    }

    [Fact]
    public async Task Storage_that_does_not_answer_is_reported_with_the_cause_of_the_last_retry()
    {
        using var folders = new CliFolders();
        folders.AddVillages(1);
        var port = ClosedPort();
        var connection = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
                         $"BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{port}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
        var errors = new StringWriter();

        var exit = await CliApp.RunAsync(["run", "--input", folders.Input, "--out", folders.Out, "--storage", connection], new StringWriter(), errors);

        var text = errors.ToString();
        Assert.True(exit == 1, text);
        Assert.Contains($"Storage stopped answering while preparing storage: Connection refused (127.0.0.1:{port})", text);
        Assert.Contains("run the same command again", text);
        // The SDK's retries arrive as an AggregateException; the message keeps what was inside it.
        Assert.Contains("(Original error: AggregateException > RequestFailedException > HttpRequestException > SocketException", text);
    }

    [Fact]
    public void A_failed_request_of_every_retry_is_a_storage_fault_named_by_its_last_attempt()
    {
        var attempts = new AggregateException(
            "Retry failed after 2 tries.",
            new Azure.RequestFailedException("An error occurred while sending the request.", new HttpRequestException("An error occurred while sending the request.", new IOException("Connection reset by peer"))),
            new Azure.RequestFailedException("Connection refused (127.0.0.1:1)", new HttpRequestException("Connection refused (127.0.0.1:1)", new SocketException((int)SocketError.ConnectionRefused))));

        Assert.True(StorageFault.Matches(attempts));
        Assert.Equal("Connection refused (127.0.0.1:1)", StorageFault.Reason(attempts));
        Assert.Equal("AggregateException > RequestFailedException > HttpRequestException > SocketException", StorageFault.Chain(attempts));
        Assert.Equal("HTTP 503 ServerBusy: The server is busy.", StorageFault.Reason(new Azure.RequestFailedException(503, "The server is busy.\nRequestId: x", "ServerBusy", null)));
        Assert.False(StorageFault.Matches(new InvalidOperationException("a bug", new ArgumentException("x"))));

        var wrapped = new StorageUnavailableException("ingesting a/b.xlsx", null, attempts);
        Assert.Same(attempts, wrapped.InnerException);
        Assert.StartsWith("Storage stopped answering while ingesting a/b.xlsx: Connection refused (127.0.0.1:1).", wrapped.Message);
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>A StringWriter that signals when a line starting with a given text is written (progress goes line by line).</summary>
    private sealed class WatchedWriter(string prefix) : StringWriter
    {
        private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Seen => _seen.Task;

        public override void WriteLine(string? value)
        {
            lock (this)
            {
                base.WriteLine(value);
            }

            if (value?.StartsWith(prefix, StringComparison.Ordinal) == true)
            {
                _seen.TrySetResult();
            }
        }

        public override string ToString()
        {
            lock (this)
            {
                return base.ToString();
            }
        }
    }
}
