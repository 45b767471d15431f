using Pipeline.Core.Results;

namespace Pipeline.Cli;

/// <summary>
/// The exports' CSV: comma-separated, UTF-8 with BOM, every field formula-safe (see <see cref="SafeCsvWriter"/>).
/// </summary>
public sealed class CsvWriter(string path) : IDisposable
{
    private readonly SafeCsvWriter _writer = new(File.Create(path));

    public void WriteRow(params IEnumerable<string?> values) => _writer.WriteRow(values);

    public void Dispose() => _writer.Dispose();
}
