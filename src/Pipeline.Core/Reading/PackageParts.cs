using System.IO.Compression;
using System.Xml;
using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>
/// The parts of a zip package (.xlsx, .ods), looked up case-insensitively as OPC requires, each opened as an XML
/// reader that inflates under the file's <see cref="ReadingBudget"/>: no DTDs (entity bombs), no external
/// resources, and no more decompressed bytes than the limit, whatever the zip directory claims.
/// </summary>
internal sealed class PackageParts : IDisposable
{
    private readonly ZipArchive _archive;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly ReadingBudget _budget;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public PackageParts(Stream seekable, ReadingBudget budget)
    {
        _budget = budget;
        try
        {
            _archive = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in _archive.Entries)
            {
                _entries.TryAdd(entry.FullName.Replace('\\', '/').TrimStart('/'), entry);
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new FileRejectedException(IssueCatalog.FileCorrupt, exception);
        }
    }

    public IEnumerable<string> Names => _entries.Keys;

    public bool Contains(string name) => _entries.ContainsKey(name);

    /// <summary>An XML reader over the part, or null when the package has no such part.</summary>
    public XmlReader? OpenXml(string name)
    {
        if (!_entries.TryGetValue(name, out var entry))
        {
            return null;
        }

        _budget.CheckDeclaredSize(entry.Length);
        try
        {
            return XmlReader.Create(new BudgetedStream(entry.Open(), _budget), Settings);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            throw new FileRejectedException(IssueCatalog.FileCorrupt, exception);
        }
    }

    /// <summary>The part's first bytes as text (e.g. an OpenDocument <c>mimetype</c>), at most <paramref name="maxChars"/>.</summary>
    public string? ReadShortText(string name, int maxChars)
    {
        if (!_entries.TryGetValue(name, out var entry))
        {
            return null;
        }

        using var reader = new StreamReader(new BudgetedStream(entry.Open(), _budget));
        var buffer = new char[maxChars];
        return new string(buffer, 0, reader.ReadBlock(buffer, 0, maxChars));
    }

    public void Dispose() => _archive.Dispose();
}
