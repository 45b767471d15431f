using System.Globalization;

namespace Pipeline.Benchmarks.Villages;

/// <summary>"--name value" options of the villages benchmarks.</summary>
internal sealed class BenchmarkArguments(string[] args)
{
    public int Int(string name, int fallback) =>
        Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public string? Value(string name)
    {
        var at = Array.IndexOf(args, "--" + name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    public string Required(string name) => Value(name) ?? throw new ArgumentException($"--{name} is required");
}
