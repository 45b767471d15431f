using Pipeline.Cli;

namespace Pipeline.Integration.Tests.Infra;

/// <summary>
/// What a machine with only the .NET SDK and Node.js gets from the README's test command (<c>scripts/test.sh</c>,
/// which <c>.ci/run</c> calls too), and what the CLI says about the Node.js that would run Azurite.
/// </summary>
public sealed class BareMachineTests : IDisposable
{
    private readonly StandInTools _tools = new();

    [Fact]
    public void The_readme_test_command_is_the_script_ci_runs()
    {
        var readme = File.ReadAllText(Path.Combine(CliTests.RepoRoot(), "README.md"));
        var ci = File.ReadAllText(Path.Combine(CliTests.RepoRoot(), ".ci", "run"));
        var firstBlock = readme[readme.IndexOf("```bash", StringComparison.Ordinal)..];
        firstBlock = firstBlock[..firstBlock.IndexOf("```", 7, StringComparison.Ordinal)];

        Assert.Contains("\nbash scripts/test.sh\n", firstBlock, StringComparison.Ordinal);
        Assert.Contains("bash scripts/test.sh", ci, StringComparison.Ordinal);
        Assert.DoesNotContain(ci.Split('\n'), line => line.TrimStart().StartsWith("dotnet test", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_chromium_the_test_command_installs_debians_chromium_through_sudo_then_runs_every_test()
    {
        _tools.Add("id", "echo 1000");
        _tools.Add("sudo", "echo \"sudo $*\" >> \"$CALLS\"; \"$@\"");
        _tools.AddLogging("apt-get");
        _tools.AddLogging("npm");
        _tools.AddLogging("dotnet");

        var (exitCode, _, errors) = ShellScript.Bash("scripts/test.sh", ["--filter", "FullyQualifiedName~Reading"],
            _tools.Environment(new() { ["CHROMIUM_PATH"] = Path.Combine(_tools.Folder, "no-chromium-here") }));

        Assert.True(exitCode == 0, errors);
        var calls = _tools.Calls();
        Assert.Contains("sudo apt-get update -q", calls);
        Assert.Contains("apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core", calls);
        Assert.Contains(calls, c => c.StartsWith("sudo env DEBIAN_FRONTEND=noninteractive apt-get install", StringComparison.Ordinal));
        Assert.Equal("dotnet test Pipeline.sln --filter FullyQualifiedName~Reading", calls[^1]);
    }

    [Fact]
    public void The_test_command_refuses_a_node_older_than_20_before_running_anything()
    {
        _tools.Add("node", "echo v18.19.0");
        _tools.AddLogging("dotnet");
        _tools.AddLogging("npm");

        var (exitCode, _, errors) = ShellScript.Bash("scripts/test.sh", [], _tools.Environment());

        Assert.Equal(1, exitCode);
        Assert.Contains("Node.js v18.19.0 is too old", errors, StringComparison.Ordinal);
        Assert.DoesNotContain(_tools.Calls(), c => c.StartsWith("dotnet test", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("v20.20.2\n", true)]
    [InlineData("v22.11.0", true)]
    [InlineData("v24.0.0", true)]
    [InlineData("v18.19.0", false)]
    [InlineData("v16.20.2", false)]
    [InlineData("", false)]
    public void The_cli_accepts_node_20_and_later(string versionOutput, bool supported)
    {
        if (supported)
        {
            Assert.Equal(versionOutput.Trim(), NodeRuntime.Check(versionOutput));
        }
        else
        {
            var refusal = Assert.Throws<InvalidOperationException>(() => NodeRuntime.Check(versionOutput));
            Assert.Contains("Node.js 20 or later", refusal.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_cli_started_with_an_old_node_says_which_node_it_needs_and_starts_no_azurite()
    {
        _tools.Add("node", "if [ \"$1\" = --version ]; then echo v18.19.0; else echo \"node $*\" >> \"$CALLS\"; fi");
        using var folders = new Cli.CliFolders();
        folders.Add("kualuh-hulu/aek-kanopan/daftar.csv", Cli.CliFolders.SampleList);

        var (exitCode, _, errors) = ShellScript.Run("dotnet",
            [Path.Combine(AppContext.BaseDirectory, "pipeline.dll"), "run", "--input", folders.Input, "--out", folders.Out], _tools.Environment());

        Assert.Equal(1, exitCode);
        Assert.Contains("Node.js v18.19.0 is not supported", errors, StringComparison.Ordinal);
        Assert.Contains("--storage", errors, StringComparison.Ordinal);
        Assert.Empty(_tools.Calls());
    }

    public void Dispose() => _tools.Dispose();
}
