using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Integration.Tests.Cli;

/// <summary>
/// The CLI as a separate process (<c>dotnet pipeline.dll</c> from the test's output folder), for what only a real
/// process shows: signals, a hard kill, and the child processes it leaves or does not leave behind.
/// </summary>
public sealed partial class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _errors = new();
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<int> _azurite = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _filesDone = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private CliProcess(Process process, int waitForFiles)
    {
        this._process = process;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not { } line)
            {
                return;
            }

            lock (_errors)
            {
                _errors.AppendLine(line);
            }

            if (AzuriteLine().Match(line) is { Success: true } match)
            {
                _azurite.TrySetResult(int.Parse(match.Groups[1].Value));
            }

            if (line.StartsWith($"[{waitForFiles}/", StringComparison.Ordinal))
            {
                _filesDone.TrySetResult();
            }
        };
        process.OutputDataReceived += (_, e) =>
        {
            lock (_output)
            {
                _output.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
    }

    public int Id => _process.Id;

    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    /// <param name="waitForFiles">The progress line <see cref="FilesDoneAsync"/> waits for: "[N/...]".</param>
    public static CliProcess Start(int waitForFiles, params string[] args)
    {
        // Through env(1), which execs dotnet in its place (same process id), with Ctrl+C's signal at its default:
        // a suite started as a background job (`cmd &` in a script) inherits SIGINT ignored, and so would the CLI.
        var start = new ProcessStartInfo(OperatingSystem.IsLinux() ? "env" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = CliTests.RepoRoot(),
        };
        if (OperatingSystem.IsLinux())
        {
            start.ArgumentList.Add("--default-signal=INT");
            start.ArgumentList.Add("dotnet");
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pipeline.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["CI"] = "true";
        return new CliProcess(Process.Start(start)!, waitForFiles);
    }

    /// <summary>The process id of the Azurite the CLI started, as it announces it.</summary>
    public Task<int> AzuriteAsync() => _azurite.Task.WaitAsync(TimeSpan.FromSeconds(60));

    public Task FilesDoneAsync() => _filesDone.Task.WaitAsync(TimeSpan.FromSeconds(120));

    public void Signal(int signal) => Assert.Equal(0, Kill(_process.Id, signal));

    public async Task<int> ExitCodeAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return _process.ExitCode;
    }

    /// <summary>True while the process exists and is not a zombie waiting to be reaped.</summary>
    public static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Waits up to <paramref name="timeout"/> for <paramref name="pid"/> to be gone.</summary>
    public static async Task<bool> GoneAsync(int pid, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (IsRunning(pid))
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"private Azurite \(process (\d+)\)")]
    private static partial Regex AzuriteLine();

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
