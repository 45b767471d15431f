using Pipeline.Core.Model;

namespace Pipeline.Core.Validation;

/// <summary>
/// Finds the row's kecamatan and desa codes from its own columns and the upload folder names.
/// </summary>
/// <remarks>
/// The folder is the uploader's authority: a file in a kecamatan's folder counts for that kecamatan (and so appears
/// only in that camat's view) whatever kecamatan a row names; a row naming another one keeps the folder's and gets
/// <c>KECAMATAN_NOT_FOLDER</c>, so an uploader cannot place rows in another camat's view. Without a known kecamatan
/// folder, the row's own kecamatan is used.
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
        var named = rowText.Length > 0 ? gazetteer.FindKecamatan(rowText) : null;
        if (rowText.Length > 0 && named is null)
        {
            issues.Add(IssueCatalog.KecamatanUnknown.Create(rowText));
        }

        var fromFolder = string.IsNullOrWhiteSpace(folder) ? null : gazetteer.FindKecamatan(folder);
        if (fromFolder is null)
        {
            if (!string.IsNullOrWhiteSpace(folder) && rowText.Length == 0)
            {
                issues.Add(IssueCatalog.KecamatanUnknown.Create(folder));
            }

            return named;
        }

        if (named is not null && named.Code != fromFolder.Code)
        {
            issues.Add(IssueCatalog.KecamatanNotFolder.Create(rowText, fromFolder.Name));
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
