using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Pipeline.Cli;

/// <summary>
/// The Node.js that runs Azurite, checked once per process before Azurite is started: an unsupported one gets a
/// message that says which version is needed, instead of an emulator that dies or misbehaves later.
/// </summary>
/// <remarks>
/// Node.js 20 or later is supported: the suite and the CLI run on it. Azurite 3.37.0 (pinned in package.json)
/// declares Node.js 22, so <c>npm ci</c> warns (EBADENGINE) on 20; Azurite 3.35.0, the last release that declares
/// an older Node.js, was measured nearly ten times slower at table transactions, so the pin stays.
/// </remarks>
public static class NodeRuntime
{
    public const int MinimumMajorVersion = 20;

    private static readonly Lazy<string> Checked = new(() => Check(ReadVersion()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Throws <see cref="InvalidOperationException"/> with what to do when node is missing or too old.</summary>
    public static void EnsureSupported() => _ = Checked.Value;

    /// <summary>The version <c>node --version</c> printed (<c>v20.20.2</c>), or an explanation of why it is not supported.</summary>
    public static string Check(string? versionOutput)
    {
        var text = versionOutput?.Trim() ?? "";
        var digits = text.TrimStart('v', 'V').Split('.')[0];
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var major))
        {
            throw new InvalidOperationException(
                $"Could not read the Node.js version ('node --version' printed '{text}'). Azurite needs Node.js {MinimumMajorVersion} or later; install it, or pass --storage with a connection string.");
        }

        return major >= MinimumMajorVersion
            ? text
            : throw new InvalidOperationException(
                $"Node.js {text} is not supported: Azurite, the storage emulator the CLI starts, needs Node.js {MinimumMajorVersion} or later. Install Node.js {MinimumMajorVersion} or later, or pass --storage with a connection string.");
    }

    private static string? ReadVersion()
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--version");
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"Node.js was not found ({e.Message}). Azurite, the storage emulator the CLI starts, needs Node.js {MinimumMajorVersion} or later: install it, or pass --storage with a connection string.", e);
        }
    }
}
