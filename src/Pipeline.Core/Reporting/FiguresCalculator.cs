using Pipeline.Core.Validation;

namespace Pipeline.Core.Reporting;

/// <summary>
/// Turns the stored uploads and rows into the figures of every area of the gazetteer at a moment: lists by
/// the place that sent them, rows by the place they name, villages with and without data.
/// </summary>
/// <remarks>
/// A list counts for the sender's desa (its folder); a row counts for the desa the row itself names (a
/// kecamatan's combined list spreads over its villages). A village "has data" when it sent a list or rows name
/// it. Rows whose desa is not known count for "{kecamatan}-?"; with no kecamatan, for "{regency}-?". Every
/// list and row counts for the regency, so the regency's figures are the sums of its kecamatan's.
/// </remarks>
public sealed class FiguresCalculator(Gazetteer gazetteer)
{
    /// <param name="weekStart">Lists received from here to <paramref name="cutoff"/> are this week's.</param>
    /// <param name="cutoff">Uploads received from here on are left out: the figures as they stood then.</param>
    public Figures Compute(ReportData data, DateTimeOffset weekStart, DateTimeOffset cutoff)
    {
        var areas = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        Accumulator At(string key) => areas.TryGetValue(key, out var a) ? a : areas[key] = new Accumulator();

        var included = new HashSet<string>(StringComparer.Ordinal);
        foreach (var upload in data.Uploads.Where(u => u.ReceivedBy(cutoff)))
        {
            included.Add(upload.UploadKey);
            var thisWeek = upload.ReceivedAt is { } at && at >= weekStart;
            foreach (var key in KeysOf(upload.KecamatanCode, upload.DesaCode))
            {
                var area = At(key);
                area.Lists++;
                area.ListsThisWeek += thisWeek ? 1 : 0;
                area.FailedLists += upload.Failed ? 1 : 0;
            }
        }

        foreach (var group in data.Groups.Where(g => included.Contains(g.UploadKey)))
        {
            foreach (var key in KeysOf(group.KecamatanCode, group.DesaCode))
            {
                group.Tally.AddTo(At(key).Tally);
            }
        }

        var counts = new Dictionary<string, AreaCounts>(StringComparer.Ordinal);
        var regency = (Desa: 0, WithData: 0);
        foreach (var kecamatan in gazetteer.Kecamatan)
        {
            var villages = gazetteer.Desa.Where(d => d.ParentCode == kecamatan.Code).ToList();
            var withData = 0;
            foreach (var desa in villages)
            {
                var area = areas.GetValueOrDefault(desa.Code);
                var hasData = area is not null && (area.Lists > 0 || area.Tally.Total > 0);
                withData += hasData ? 1 : 0;
                counts[desa.Code] = ToCounts(area, 1, hasData ? 1 : 0);
            }

            counts[kecamatan.Code] = ToCounts(areas.GetValueOrDefault(kecamatan.Code), villages.Count, withData);
            regency = (regency.Desa + villages.Count, regency.WithData + withData);
        }

        counts[gazetteer.RegencyCode] = ToCounts(areas.GetValueOrDefault(gazetteer.RegencyCode), regency.Desa, regency.WithData);
        foreach (var (key, area) in areas.Where(a => AreaKeys.IsUnknown(a.Key)))
        {
            counts[key] = ToCounts(area, 0, 0);
        }

        return new Figures(new FiguresSnapshot(counts), areas.ToDictionary(a => a.Key, a => a.Value.Tally, StringComparer.Ordinal));
    }

    /// <summary>The regency, the kecamatan and the desa a list or row counts for (known codes only).</summary>
    private IEnumerable<string> KeysOf(string? kecamatanCode, string? desaCode)
    {
        var desa = desaCode is null ? null : gazetteer.FindDesa(desaCode, null);
        var kecamatan = kecamatanCode is null ? null : gazetteer.FindKecamatan(kecamatanCode);
        if (desa is not null && kecamatan is not null && desa.ParentCode != kecamatan.Code)
        {
            desa = null;
        }

        kecamatan ??= desa is null ? null : gazetteer.FindKecamatan(desa.ParentCode);
        yield return gazetteer.RegencyCode;
        if (kecamatan is null)
        {
            yield return AreaKeys.Unknown(gazetteer.RegencyCode);
            yield break;
        }

        yield return kecamatan.Code;
        yield return desa?.Code ?? AreaKeys.Unknown(kecamatan.Code);
    }

    private static AreaCounts ToCounts(Accumulator? area, int desa, int desaWithData)
    {
        var tally = area?.Tally ?? new RowTally();
        return new AreaCounts
        {
            ListsThisWeek = area?.ListsThisWeek ?? 0,
            Lists = area?.Lists ?? 0,
            FailedLists = area?.FailedLists ?? 0,
            Statuses = tally.Statuses.Copy(),
            Desa = desa,
            DesaWithData = desaWithData,
        };
    }

    private sealed class Accumulator
    {
        public int ListsThisWeek;
        public int Lists;
        public int FailedLists;
        public readonly RowTally Tally = new();
    }
}
