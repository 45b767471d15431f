using System.Diagnostics;
using Pipeline.Core.Reading;

/// <summary>
/// Measures the reader alone on one file: rows read, elapsed time and peak memory. The point is to show that a
/// 50,000-row upload streams (memory stays flat) rather than being loaded whole.
/// </summary>
public static class ReadBenchmark
{
    public static void Run(string file)
    {
        var vocabulary = Path.GetFileName(file).Contains("peserta", StringComparison.OrdinalIgnoreCase)
            ? HeaderVocabulary.ParticipantRegister
            : HeaderVocabulary.WorkerList;
        var stopwatch = Stopwatch.StartNew();
        var rows = 0;
        var cells = 0L;
        using (var content = File.OpenRead(file))
        using (var sheet = SpreadsheetReader.Open(content, Path.GetFileName(file), vocabulary))
        {
            Console.WriteLine($"sheet '{sheet.Layout.SheetName}', header on row {sheet.Layout.HeaderRow}, " +
                              $"fields: {string.Join(", ", sheet.Layout.FieldColumns.Keys)}");
            foreach (var row in sheet.Rows)
            {
                rows++;
                cells += row.Cells.Count;
            }
        }

        stopwatch.Stop();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"file:            {Path.GetFileName(file)} ({new FileInfo(file).Length / 1024.0:F0} KiB)");
        Console.WriteLine($"rows read:       {rows} ({cells} cells)");
        Console.WriteLine($"elapsed:         {stopwatch.Elapsed.TotalMilliseconds:F0} ms ({rows / Math.Max(stopwatch.Elapsed.TotalSeconds, 1e-9):F0} rows/s)");
        Console.WriteLine($"peak working set: {process.PeakWorkingSet64 / (1024.0 * 1024.0):F1} MiB");
        Console.WriteLine($"GC heap now:     {GC.GetTotalMemory(false) / (1024.0 * 1024.0):F1} MiB, allocated total {GC.GetTotalAllocatedBytes() / (1024.0 * 1024.0):F1} MiB");
    }
}
