using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Pipeline.Cli;

/// <summary>
/// A private Azurite (the Azure Storage emulator, from the repo's node_modules) on free loopback ports.
/// Used by the CLI when no <c>--storage</c> is given, and by the integration tests and benchmarks.
/// </summary>
/// <remarks>
/// <para>It never outlives the process that started it. Azurite runs inside a few lines of JavaScript
/// (<see cref="Watchdog"/>) that stop it when its standard input closes, and the operating system closes that
/// pipe whenever this process ends, however it ends: a normal exit, a crash, a stack overflow, or <c>kill -9</c>.
/// A pipe was chosen over Linux's <c>prctl(PR_SET_PDEATHSIG)</c>, which .NET's <see cref="Process"/> cannot set
/// in the child, and over a shell wrapper, which would put a second process between us and Azurite: this way
/// <see cref="ProcessId"/> is Azurite's own node process, and the same code works on Linux, macOS and Windows.</para>
/// <para>Stopping: Azurite may ignore SIGTERM once clients have connected (it waits for keep-alive
/// connections), so we send SIGTERM (lets it flush its files), wait, then kill its own process. Every running
/// instance is known to <see cref="StopAll"/>, which the CLI calls on Ctrl+C, SIGTERM and unhandled exceptions.</para>
/// </remarks>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>
    /// Runs Azurite's own entry script (argv[1]) in this node process, and stops it when stdin ends: first its
    /// own SIGTERM handler (a clean close, data flushed), then, if it has not exited within 3 s, exit outright.
    /// stdin is unref'd so that it does not keep node alive after Azurite has closed its servers.
    /// </summary>
    internal const string Watchdog = """
        const stop = () => { try { process.kill(process.pid, 'SIGTERM'); } catch {} setTimeout(() => process.exit(0), 3000); };
        process.stdin.on('end', stop); process.stdin.on('error', stop); process.stdin.resume(); process.stdin.unref();
        require(process.argv[1]);
        """;

    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan GracefulStop = TimeSpan.FromSeconds(5);
    private static readonly ConcurrentDictionary<AzuriteProcess, byte> Running = new();
    private readonly Process _process;
    private readonly int _processId;
    private int _stopped;

    private AzuriteProcess(Process process, int blobPort, int queuePort, int tablePort)
    {
        this._process = process;
        _processId = process.Id;
        ConnectionString =
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            $"AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
            $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    /// <summary>The node process running Azurite (the benchmarks read its peak memory; the tests check it is gone).</summary>
    public int ProcessId => _processId;

    /// <summary>Azurite's exit code when it has stopped although nobody asked it to (killed, crashed, out of memory); otherwise null.</summary>
    public int? UnexpectedExitCode
    {
        get
        {
            try
            {
                return Volatile.Read(ref _stopped) == 0 && _process.HasExited ? _process.ExitCode : null;
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }
    }

    /// <param name="location">Folder for its data; null keeps everything in memory (tests).</param>
    /// <param name="heapMegabytes">
    /// Node's old-space limit for Azurite; null keeps node's default (about 4 GB on this machine). A store of millions of
    /// entities needs more: near the limit node spends its time in full garbage collections and Azurite slows to a crawl.
    /// </param>
    public static async Task<AzuriteProcess> StartAsync(string? location, CancellationToken cancellationToken = default, int? heapMegabytes = null)
    {
        // The free ports are found by binding port 0 and letting go, so another process (a parallel test, another
        // Azurite) can take one before Azurite binds it; Azurite then exits at once. New ports, up to three tries.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(location, heapMegabytes, cancellationToken);
            }
            catch (ExitedBeforeReadyException) when (attempt < 3)
            {
            }
        }
    }

    private static async Task<AzuriteProcess> StartOnceAsync(string? location, int? heapMegabytes, CancellationToken cancellationToken)
    {
        NodeRuntime.EnsureSupported();
        var script = FindAzuriteScript()
            ?? throw new InvalidOperationException(
                "Azurite was not found in node_modules. Run 'npm ci' in the repository root first, or pass --storage with a connection string.");
        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (heapMegabytes is { } heap)
        {
            start.ArgumentList.Add($"--max-old-space-size={heap}");
        }

        foreach (var arg in new[]
                 {
                     "-e", Watchdog, script, "--silent", "--skipApiVersionCheck", "--disableProductStyleUrl", "--disableTelemetry",
                     "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(),
                     "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(),
                     "--tableHost", "127.0.0.1", "--tablePort", table.ToString(),
                 })
        {
            start.ArgumentList.Add(arg);
        }

        if (location is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(location);
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(location);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Could not start node for Azurite ({e.Message}). Install Node.js 20 or later, or pass --storage with a connection string.", e);
        }

        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new AzuriteProcess(process, blob, queue, table);
        Running[azurite] = 0;
        try
        {
            await WaitForPortsAsync(process, [blob, queue, table], TimeSpan.FromSeconds(60), cancellationToken);
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }

        return azurite;
    }

    /// <summary>Completes when the node process has exited, for whatever reason.</summary>
    public Task WaitForExitAsync(CancellationToken cancellationToken = default) => _process.WaitForExitAsync(cancellationToken);

    /// <summary>Stops every Azurite this process started and has not stopped yet; for exit paths that cannot await.</summary>
    public static void StopAll()
    {
        foreach (var azurite in Running.Keys)
        {
            azurite.Stop();
        }
    }

    public ValueTask DisposeAsync()
    {
        // Synchronous inside: the same steps must also run from signal and crash handlers, where nothing is awaited.
        Stop();
        return ValueTask.CompletedTask;
    }

    /// <summary>SIGTERM (a clean close; stdin elsewhere), wait, then kill its own process.</summary>
    private void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
                {
                    _ = Kill(_process.Id, 15);
                }

                else
                {
                    // No signals on Windows: closing stdin is the watchdog's cue.
                    _process.StandardInput.Close();
                }

                if (!_process.WaitForExit(GracefulStop))
                {
                    _process.Kill();
                    _process.WaitForExit(GracefulStop);
                }
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the checks.
        }
        finally
        {
            Running.TryRemove(this, out _);
            _process.Dispose();
        }
    }

    /// <summary>node_modules/azurite from the current folder or the program's folder, walking up.</summary>
    public static string? FindAzuriteScript()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "node_modules", "azurite", "dist", "src", "azurite.js");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task WaitForPortsAsync(Process process, int[] ports, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        foreach (var port in ports)
        {
            while (true)
            {
                if (process.HasExited)
                {
                    throw new ExitedBeforeReadyException(process.ExitCode);
                }

                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                    break;
                }
                catch (SocketException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(100, cancellationToken);
                }
            }
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>Azurite stopped before its ports answered (most often: a port taken in the meantime).</summary>
    private sealed class ExitedBeforeReadyException(int exitCode)
        : InvalidOperationException($"Azurite exited with code {exitCode} before it was ready.");
}
