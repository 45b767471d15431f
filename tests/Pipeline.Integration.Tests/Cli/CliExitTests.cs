namespace Pipeline.Integration.Tests.Cli;

/// <summary>
/// However the CLI ends, the Azurite it started ends too: Ctrl+C, SIGTERM, and a hard kill that runs no code of
/// ours at all (the same as a crash the runtime cannot handle, e.g. a stack overflow).
/// </summary>
public sealed class CliExitTests
{
    private static readonly TimeSpan AzuriteStops = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(2, 130)]
    [InlineData(15, 143)]
    [InlineData(9, 137)]
    public async Task A_signal_mid_run_leaves_no_Azurite_behind(int signal, int exitCode)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folders = new CliFolders();
        // Enough files that the signal lands mid-run even on a loaded machine (a file takes well under a second).
        folders.AddVillages(60);
        using var cli = CliProcess.Start(waitForFiles: 1, "run", "--input", folders.Input, "--out", folders.Out, "--parallel", "1");
        var azurite = await cli.AzuriteAsync();
        await cli.FilesDoneAsync();
        Assert.True(CliProcess.IsRunning(azurite));

        cli.Signal(signal);

        Assert.Equal(exitCode, await cli.ExitCodeAsync());
        Assert.True(await CliProcess.GoneAsync(azurite, AzuriteStops), $"Azurite {azurite} outlived the CLI (signal {signal})");
        Assert.DoesNotContain("[60/60]", cli.Errors);
        if (signal != 9)
        {
            Assert.Contains("Run the same command again", cli.Errors);
            Assert.DoesNotContain("Unhandled exception", cli.Errors);
        }
    }
}
