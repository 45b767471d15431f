using System.Diagnostics;

namespace Pipeline.Integration.Tests.Infra;

/// <summary>Runs a program or a repository script and returns its exit code and output: the deployment hooks and tools.</summary>
internal static class ShellScript
{
    /// <summary>A script of the repository (path from its root), run with bash.</summary>
    public static (int ExitCode, string Output, string Errors) Bash(string script, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null) =>
        Run("bash", [Path.Combine(CliTests.RepoRoot(), script), .. args], environment);

    public static (int ExitCode, string Output, string Errors) Run(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = CliTests.RepoRoot(),
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within 5 minutes.");
        }

        return (process.ExitCode, output.Result, errors.Result);
    }
}
