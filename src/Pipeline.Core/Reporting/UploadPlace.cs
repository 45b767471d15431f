using Pipeline.Core.Validation;

namespace Pipeline.Core.Reporting;

/// <summary>
/// Which kecamatan and desa sent an upload: the folders of <c>{kecamatan}/{desa}/{file}</c> (the sender's
/// own declaration, and all a failed file has), else the place most of its rows name.
/// </summary>
public static class UploadPlace
{
    public static (string? KecamatanCode, string? DesaCode) Resolve(
        Gazetteer gazetteer, string path, string? rowsKecamatanCode, string? rowsDesaCode)
    {
        var folders = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var kecamatan = folders.Length >= 2 ? gazetteer.FindKecamatan(folders[0]) : null;
        var desa = folders.Length >= 3 ? gazetteer.FindDesa(folders[1], kecamatan?.Code) : null;
        kecamatan ??= desa is null ? null : gazetteer.FindKecamatan(desa.ParentCode);
        if (kecamatan is not null)
        {
            return (kecamatan.Code, desa?.Code ?? (rowsDesaCode is not null && gazetteer.FindDesa(rowsDesaCode, kecamatan.Code) is { } d ? d.Code : null));
        }

        var fromRows = rowsDesaCode is null ? null : gazetteer.FindDesa(rowsDesaCode, null);
        var kecamatanFromRows = rowsKecamatanCode is null ? null : gazetteer.FindKecamatan(rowsKecamatanCode);
        return (fromRows?.ParentCode ?? kecamatanFromRows?.Code, fromRows?.Code);
    }

    /// <summary>
    /// Whether a file at <paramref name="path"/> can hold rows counted for <paramref name="kecamatanCode"/>: a file in a
    /// kecamatan's folder counts all its rows for that kecamatan (<see cref="PlaceResolver"/>: the folder is the
    /// uploader's authority), so only its own kecamatan's files and files outside any known kecamatan folder (whose rows
    /// name their own place) can. Lets one kecamatan's summary read that kecamatan's rows instead of the regency's.
    /// </summary>
    public static bool MayHoldRowsOf(Gazetteer gazetteer, string path, string kecamatanCode)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(path);
        var folders = path.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        return folders.Length < 2 || gazetteer.FindKecamatan(folders[0]) is not { } folder || folder.Code == kecamatanCode;
    }
}
