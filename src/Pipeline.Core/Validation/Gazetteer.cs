using System.Collections.Concurrent;

namespace Pipeline.Core.Validation;

/// <summary>
/// The official Kemendagri list of the regency's kecamatan and desa, used to turn the names officials type
/// (or the upload folder names) into codes, and to tell whether a NIK's kecamatan code exists.
/// </summary>
/// <remarks>Immutable after loading; lookups are thread-safe and cached, as one file repeats the same few names.</remarks>
public sealed class Gazetteer
{
    private const string ResourceSuffix = "wilayah-labuhanbatu-utara.csv";
    private const int CacheLimit = 20_000;

    private static readonly Lazy<Gazetteer> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, Region> _kecamatanByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Region> _desaByCode = new(StringComparer.Ordinal);
    private readonly RegionIndex _kecamatanIndex = new();
    private readonly RegionIndex _allDesaIndex = new();
    private readonly Dictionary<string, RegionIndex> _desaIndexByKecamatan = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Text, string? Parent), Region?> _cache = new();

    private Gazetteer(string regencyCode)
    {
        RegencyCode = regencyCode;
    }

    /// <summary>Kabupaten Labuhanbatu Utara (12.23), loaded once from the embedded CSV.</summary>
    public static Gazetteer LabuhanbatuUtara => Embedded.Value;

    /// <summary>The regency code without dots (1223).</summary>
    public string RegencyCode { get; }

    public IReadOnlyCollection<Region> Kecamatan => _kecamatanByCode.Values;

    public IReadOnlyCollection<Region> Desa => _desaByCode.Values;

    /// <summary>Reads the CSV (columns code,level,name,parent_code; dotted codes).</summary>
    public static Gazetteer Load(TextReader csv)
    {
        var rows = new List<string[]>();
        _ = csv.ReadLine();
        while (csv.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                rows.Add(line.Split(','));
            }
        }

        var regency = rows.First(r => r[1] == "kabupaten");
        var gazetteer = new Gazetteer(Undot(regency[0]));
        foreach (var row in rows.Where(r => r[1] == "kecamatan"))
        {
            gazetteer.AddKecamatan(new Region(Undot(row[0]), row[2], Undot(row[3])));
        }

        foreach (var row in rows.Where(r => r[1] == "desa"))
        {
            gazetteer.AddDesa(new Region(Undot(row[0]), row[2], Undot(row[3])));
        }

        return gazetteer;
    }

    /// <summary>True when the six digits are a kecamatan of this regency (e.g. "122301").</summary>
    public bool IsKnownKecamatanCode(string sixDigits) => _kecamatanByCode.ContainsKey(sixDigits);

    public string? KecamatanName(string code) => _kecamatanByCode.TryGetValue(Undot(code), out var r) ? r.Name : null;

    public string? DesaName(string code) => _desaByCode.TryGetValue(Undot(code), out var r) ? r.Name : null;

    /// <summary>The kecamatan a name, slug ("kualuh-hulu") or code ("12.23.01", "122301") means; null when unknown.</summary>
    public Region? FindKecamatan(string text) =>
        _cache.Count < CacheLimit ? _cache.GetOrAdd((text, "kec"), static (k, self) => self.LookUpKecamatan(k.Text), this) : LookUpKecamatan(text);

    /// <summary>
    /// The desa a name, slug or code means, searched only within <paramref name="kecamatanCode"/> when given
    /// (desa names repeat across kecamatan); null when unknown.
    /// </summary>
    public Region? FindDesa(string text, string? kecamatanCode) =>
        _cache.Count < CacheLimit
            ? _cache.GetOrAdd((text, kecamatanCode ?? ""), static (k, self) => self.LookUpDesa(k.Text, string.IsNullOrEmpty(k.Parent) ? null : k.Parent), this)
            : LookUpDesa(text, kecamatanCode);

    private Region? LookUpKecamatan(string text)
    {
        var digits = CodeDigits(text);
        if (digits is not null)
        {
            return _kecamatanByCode.GetValueOrDefault(digits.Length == 2 ? RegencyCode + digits : digits);
        }

        return _kecamatanIndex.Find(text);
    }

    private Region? LookUpDesa(string text, string? kecamatanCode)
    {
        var digits = CodeDigits(text);
        if (digits is not null)
        {
            var desa = _desaByCode.GetValueOrDefault(digits.Length == 4 && kecamatanCode is not null ? kecamatanCode + digits : digits);
            return desa is not null && (kecamatanCode is null || desa.ParentCode == kecamatanCode) ? desa : null;
        }

        if (kecamatanCode is null)
        {
            return _allDesaIndex.Find(text);
        }

        return _desaIndexByKecamatan.TryGetValue(kecamatanCode, out var index) ? index.Find(text) : null;
    }

    private void AddKecamatan(Region kecamatan)
    {
        _kecamatanByCode[kecamatan.Code] = kecamatan;
        _kecamatanIndex.Add(kecamatan);
        _desaIndexByKecamatan[kecamatan.Code] = new RegionIndex();
    }

    private void AddDesa(Region desa)
    {
        _desaByCode[desa.Code] = desa;
        _allDesaIndex.Add(desa);
        _desaIndexByKecamatan[desa.ParentCode].Add(desa);
    }

    /// <summary>The digits of a code written with or without dots, or null when the text is not a code.</summary>
    private static string? CodeDigits(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || !char.IsAsciiDigit(trimmed[0]))
        {
            return null;
        }

        foreach (var ch in trimmed)
        {
            if (!char.IsAsciiDigit(ch) && ch != '.')
            {
                return null;
            }
        }

        return Undot(trimmed);
    }

    private static string Undot(string code) => code.Replace(".", "", StringComparison.Ordinal);

    private static Gazetteer LoadEmbedded()
    {
        var assembly = typeof(Gazetteer).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(ResourceSuffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return Load(reader);
    }
}
