using System.Diagnostics;
using System.Globalization;

namespace Pipeline.Benchmarks.Villages;

/// <summary>Runs this benchmark program again as a child (its peak memory is then its own) and reads its one result line.</summary>
internal sealed class ChildProcess
{
    private const string Marker = "RESULT ";
    private readonly Dictionary<string, string> _values;

    private ChildProcess(Dictionary<string, string> values) => this._values = values;

    public static Task<ChildProcess> RunAsync(params string[] args) => RunAsync(_ => false, args);

    /// <param name="onLine">Sees each line of the child's output as it comes; true when it was a signal, not to be echoed.</param>
    public static async Task<ChildProcess> RunAsync(Func<string, bool> onLine, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        string? result = null;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(Marker, StringComparison.Ordinal))
            {
                result = line[Marker.Length..];
            }
            else if (!onLine(line))
            {
                Console.WriteLine("  " + line);
            }
        }

        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || result is null)
        {
            throw new InvalidOperationException($"benchmark child failed ({process.ExitCode}): {await errors}");
        }

        return new ChildProcess(result.Split('\t').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]));
    }

    public static string Line(params (string Name, string Value)[] values) =>
        Marker + string.Join('\t', values.Select(v => $"{v.Name}={v.Value.Replace('\t', ' ')}"));

    public string Value(string name) => _values[name];

    public long Long(string name) => long.Parse(_values[name], CultureInfo.InvariantCulture);
}
