using System.Globalization;
using System.Runtime.InteropServices;

namespace Pipeline.Benchmarks.Villages;

/// <summary>What the figures were measured on, and peak memory of a process by id (Linux: VmHWM).</summary>
internal static class BenchmarkMachine
{
    public static string Describe()
    {
        var cpu = ReadLine("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = ReadLine("/proc/meminfo", "MemTotal");
        var load = LoadAverage();
        return $"{Environment.ProcessorCount} cores ({cpu.Split(':').Last().Trim()}), {memory?.Split(':').Last().Trim() ?? "?"} RAM, " +
               $"{RuntimeInformation.OSDescription}, .NET {Environment.Version}, load average {load} at start";
    }

    /// <summary>The one-minute load average now ("?" off Linux): the machine is shared, so every figure carries it.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    /// <summary>Peak resident set of a live process, in MB (0 when unknown).</summary>
    public static long PeakMegabytes(int processId)
    {
        var line = ReadLine($"/proc/{processId}/status", "VmHWM");
        if (line is null)
        {
            return 0;
        }

        var kilobytes = long.Parse(line.Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kilobytes / 1024;
    }

    /// <summary>CPU time (user + system) a live process has used so far, in seconds (0 when unknown).</summary>
    public static double CpuSeconds(int processId)
    {
        var path = $"/proc/{processId}/stat";
        if (!File.Exists(path))
        {
            return 0;
        }

        var fields = File.ReadAllText(path);
        var after = fields[(fields.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(after[11], CultureInfo.InvariantCulture) + long.Parse(after[12], CultureInfo.InvariantCulture);
        return ticks / 100.0;
    }

    private static string? ReadLine(string path, string prefix) =>
        File.Exists(path) ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) : null;
}
