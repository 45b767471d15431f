namespace Pipeline.Core.Validation;

/// <summary>
/// Finds one region among a small set (the kecamatan of the regency, or the desa of one kecamatan) by name,
/// tolerating prefixes, abbreviations and small typos, or by code.
/// </summary>
internal sealed class RegionIndex
{
    private readonly List<(string Key, string KeyWithoutPrefix, Region Region)> _entries = new();
    private readonly Dictionary<string, Region?> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Region?> _byKeyWithoutPrefix = new(StringComparer.Ordinal);

    public void Add(Region region)
    {
        var key = PlaceKey.Build(region.Name);
        var withoutPrefix = PlaceKey.WithoutEstatePrefix(key);
        _entries.Add((key, withoutPrefix, region));
        AddUnique(_byKey, key, region);
        AddUnique(_byKeyWithoutPrefix, withoutPrefix, region);
    }

    /// <summary>The region whose name the text means, or null when none (or more than one) fits.</summary>
    public Region? Find(string text)
    {
        var key = PlaceKey.Build(text);
        if (key.Length == 0)
        {
            return null;
        }

        if (_byKey.TryGetValue(key, out var exact))
        {
            return exact;
        }

        var withoutPrefix = PlaceKey.WithoutEstatePrefix(key);
        if (_byKeyWithoutPrefix.TryGetValue(withoutPrefix, out var estate) && estate is not null)
        {
            return estate;
        }

        return FindNearest(withoutPrefix);
    }

    private Region? FindNearest(string key)
    {
        var tolerance = EditDistance.Tolerance(key.Length);
        if (tolerance == 0)
        {
            return null;
        }

        Region? best = null;
        var bestDistance = tolerance + 1;
        var tie = false;
        foreach (var (_, candidateKey, region) in _entries)
        {
            var distance = EditDistance.Compute(key, candidateKey, Math.Min(tolerance, EditDistance.Tolerance(candidateKey.Length)));
            if (distance < bestDistance)
            {
                best = region;
                bestDistance = distance;
                tie = false;
            }
            else if (distance == bestDistance && best is not null && best.Code != region.Code)
            {
                tie = true;
            }
        }

        return bestDistance <= tolerance && !tie ? best : null;
    }

    private static void AddUnique(Dictionary<string, Region?> map, string key, Region region)
    {
        if (map.TryGetValue(key, out var existing) && existing?.Code != region.Code)
        {
            map[key] = null;
        }
        else
        {
            map[key] = region;
        }
    }
}
