using Pipeline.Core.Model;

namespace Pipeline.Core.Validation;

/// <summary>
/// Finds the row's kecamatan and desa codes from its own columns, falling back to the upload folder names.
/// </summary>
/// <remarks>
/// Unknown names are warnings, never errors: the worker still exists. A row whose own desa text is unknown
/// (often a dusun or lingkungan name) still takes the upload folder's desa after the warning.
/// A desa is searched only within the kecamatan once that is known, since desa names repeat across kecamatan.
/// A desa in another kecamatan than the NIK's is normal (people move) and not checked.
/// </remarks>
public sealed class PlaceResolver(Gazetteer gazetteer)
{
    private const string RegencyName = "Kabupaten Labuhanbatu Utara";

    public void Apply(string kecamatanText, string desaText, UploadLocation location, WorkerRecord record)
    {
        var kecamatan = FindKecamatan(kecamatanText, location.Kecamatan, record.Issues);
        var desa = FindDesa(desaText, location.Desa, kecamatan, record.Issues);
        if (kecamatan is null && desa is not null)
        {
            kecamatan = gazetteer.FindKecamatan(desa.ParentCode);
        }

        record.KecamatanCode = kecamatan?.Code;
        record.DesaCode = desa?.Code;
    }

    private Region? FindKecamatan(string rowText, string? folder, List<Issue> issues)
    {
        if (rowText.Length > 0)
        {
            var found = gazetteer.FindKecamatan(rowText);
            if (found is not null)
            {
                return found;
            }

            issues.Add(IssueCatalog.KecamatanUnknown.Create(rowText));
        }

        if (string.IsNullOrWhiteSpace(folder))
        {
            return null;
        }

        var fromFolder = gazetteer.FindKecamatan(folder);
        if (fromFolder is null && rowText.Length == 0)
        {
            issues.Add(IssueCatalog.KecamatanUnknown.Create(folder));
        }

        return fromFolder;
    }

    private Region? FindDesa(string rowText, string? folder, Region? kecamatan, List<Issue> issues)
    {
        var within = kecamatan is null ? RegencyName : "Kecamatan " + kecamatan.Name;
        if (rowText.Length > 0)
        {
            var found = gazetteer.FindDesa(rowText, kecamatan?.Code);
            if (found is not null)
            {
                return found;
            }

            issues.Add(IssueCatalog.DesaUnknown.Create(rowText, within));
        }

        if (string.IsNullOrWhiteSpace(folder))
        {
            if (rowText.Length == 0)
            {
                issues.Add(IssueCatalog.DesaMissing.Create());
            }

            return null;
        }

        var fromFolder = gazetteer.FindDesa(folder, kecamatan?.Code);
        if (fromFolder is null && rowText.Length == 0)
        {
            issues.Add(IssueCatalog.DesaUnknown.Create(folder, within));
        }

        return fromFolder;
    }
}
