using System.Globalization;
using Pipeline.Core.Model;
using Pipeline.Core.Validation;
using Pipeline.Storage.Review;
using Pipeline.Storage.Tables;

namespace Pipeline.Api.Handlers;

/// <summary>The JSON shapes the API answers with (camelCase on the wire). Values are data, never markup.</summary>
public static class Views
{
    /// <summary>A day on the wire, <c>2027-02-09</c>: what the pages send and read back (a date input's value).</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads a day the page sent (<c>2027-02-09</c>), nothing else.</summary>
    public static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public sealed record IssueView(string Code, string Message);

    /// <param name="OccupationLabel">The occupation category in words (<see cref="OccupationClassifier.Label"/>); <c>Occupation</c> is its code.</param>
    public sealed record RecordView(
        string RecordId, string UploadKey, string UploadPath, int SourceRow, string Status, string StatusLabel, string? PersonId, string? Kpj,
        string? Nik, string? Name, string? NameTitles, string? BirthPlace, string? BirthDate, string? Sex,
        string? DesaCode, string? DesaName, string? KecamatanCode, string? KecamatanName, string? Phone, string? Occupation, string? OccupationLabel, int? Age,
        IReadOnlyList<IssueView> Issues);

    public sealed record UploadView(
        string UploadKey, string Path, string? KecamatanCode, string? KecamatanName, string? DesaCode, string? DesaName, string Status,
        int Rows, IReadOnlyDictionary<string, int> Counts,
        string? IssueCode, string? Message, DateTimeOffset? CompletedAt, string ResultUrl);

    public static RecordView Record(RecordEntity r, Gazetteer gazetteer)
    {
        var listing = RecordMapper.ToListing(r);
        var status = RecordStatuses.Parse(r.Status);
        return new RecordView(
            listing.RecordId.ToString(), r.PartitionKey, r.UploadPath, r.SourceRow, status.ToCode(), status.ToIndonesian(), r.PersonId, r.Kpj,
            r.Nik, r.Name, r.NameTitles, r.BirthPlace, r.BirthDate, r.Sex,
            r.DesaCode, r.DesaCode is null ? null : gazetteer.DesaName(r.DesaCode),
            r.KecamatanCode, r.KecamatanCode is null ? null : gazetteer.KecamatanName(r.KecamatanCode),
            r.Phone, r.Occupation, OccupationClassifier.Label(r.Occupation), r.Age,
            listing.Issues.Select(i => new IssueView(i.Code, i.Message)).ToList());
    }

    /// <summary>The upload's kecamatan and desa: the folders it was uploaded to, as the gazetteer knows them.</summary>
    public static (string? Kecamatan, string? Desa) RegionOf(UploadEntity u, Gazetteer gazetteer)
    {
        var parts = u.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var kecamatan = parts.Length >= 2 ? gazetteer.FindKecamatan(parts[0])?.Code : null;
        kecamatan ??= u.KecamatanCode;
        var desa = parts.Length >= 3 ? gazetteer.FindDesa(parts[1], kecamatan)?.Code : null;
        return (kecamatan, desa ?? u.DesaCode);
    }

    public static UploadView Upload(UploadEntity u, Gazetteer gazetteer)
    {
        var (kecamatan, desa) = RegionOf(u, gazetteer);
        return new UploadView(
            u.UploadKey, u.Path, kecamatan, kecamatan is null ? null : gazetteer.KecamatanName(kecamatan), desa, desa is null ? null : gazetteer.DesaName(desa),
            u.Status, u.Rows, u.Counts.ToDictionary(), u.IssueCode, u.Message, u.CompletedAt,
            $"/api/uploads/{u.UploadKey}/result");
    }

    /// <param name="PendingReviewRecords">Records under review when the list was made (records, the unit every page counts in).</param>
    public sealed record ExportView(
        string Id, string Kind, string Status, string PreparedBy, string PreparedById, DateTimeOffset PreparedAt, string Period, int People, int Reactivations,
        int PendingReviewRecords, string? ReleasedBy, DateTimeOffset? ReleasedAt, string? ReleaseRefusal, string XlsxUrl, IReadOnlyList<string> Deciders);

    public static ExportView Export(ExportEntity e) => new(
        e.RowKey, e.Kind, e.Status, e.PreparedByName ?? e.PreparedBy, e.PreparedBy, e.PreparedAt, e.Period, e.People, e.Reactivations, e.PendingReviewRecords,
        e.ReleasedByName ?? e.ReleasedBy, e.ReleasedAt, e.ReleaseRefusal, $"/api/exports/{e.RowKey}/file/xlsx", e.DeciderIds);
}
