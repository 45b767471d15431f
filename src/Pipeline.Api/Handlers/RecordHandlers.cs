using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Pipeline.Api.Routing;
using Pipeline.Core.Model;
using Pipeline.Core.Validation;
using Pipeline.Storage.Tables;

namespace Pipeline.Api.Handlers;

/// <summary>Record search (NIK or its first digits, name through the match key, desa, status) and one person's listings, without scans.</summary>
public static class RecordHandlers
{
    /// <remarks>
    /// A NIK (all of it, or its first digits) or a name is looked up through its pointer table (<c>RecordsByNik</c>, <c>RecordsByName</c>): a range of pointers
    /// and a point read per hit, a page at a time, whatever the store holds. Desa and status alone filter a scan of
    /// <c>Records</c>, a page at a time.
    /// </remarks>
    public static async Task<IResult> Search(ApiRequest request)
    {
        var gazetteer = request.Service<Gazetteer>();
        var (kecamatan, refusal) = Access.Scope(request, gazetteer);
        if (refusal is not null)
        {
            return refusal;
        }

        var nik = request.Query("nik") is { } nikText ? new string(nikText.Where(char.IsAsciiDigit).ToArray()) : null;
        string? nameKey = null;
        if (request.Query("name") is { } name)
        {
            // Through the match key, so "Djoko Soeharto" finds "Joko Suharto"; a prefix, so a first name finds the full name.
            var canonical = NameNormalizer.Normalize(name).Name ?? name;
            nameKey = NameMatchKey.Build(canonical);
            if (nameKey.Length == 0)
            {
                return ApiResults.BadRequest("Nama yang dicari harus berisi huruf.");
            }
        }

        string? desaCode = null;
        if (request.Query("desa") is { } desa)
        {
            desaCode = gazetteer.FindDesa(desa, kecamatan)?.Code;
            if (desaCode is null)
            {
                return ApiResults.BadRequest($"Desa \"{desa}\" tidak dikenal.");
            }
        }

        var status = request.Query("status");
        var pageSize = request.QueryInt("pageSize", 50, 1, 200);
        var store = request.Service<RecordStore>();
        bool Fits(RecordEntity r) =>
            (desaCode is null || r.DesaCode == desaCode) && (status is null || r.Status == status) && (kecamatan is null || r.KecamatanCode == kecamatan);
        var (items, next) = nik switch
        {
            "" => ([], null),
            not null => await store.FindByNikAsync(nik, r => Fits(r) && (nameKey is null || r.NameKey?.StartsWith(nameKey, StringComparison.Ordinal) == true), pageSize, request.Query("next"), request.Aborted),
            null when nameKey is not null => await store.FindByNameKeyAsync(nameKey, Fits, pageSize, request.Query("next"), request.Aborted),
            _ => await store.SearchAsync(ScanFilter(desaCode, status, kecamatan), pageSize, request.Query("next"), request.Aborted),
        };
        return ApiResults.Ok(new { items = items.Select(r => Views.Record(r, gazetteer)), next });
    }

    private static string? ScanFilter(string? desaCode, string? status, string? kecamatan)
    {
        var filters = new List<string>();
        if (desaCode is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"DesaCode eq {desaCode}"));
        }

        if (status is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"Status eq {status}"));
        }

        if (kecamatan is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"KecamatanCode eq {kecamatan}"));
        }

        return filters.Count == 0 ? null : string.Join(" and ", filters);
    }

    /// <summary>
    /// One person's listings that the caller may see. A person with no listing the caller may see is "not found", whether
    /// or not they are listed in another kecamatan: a viewer must not learn that a person exists elsewhere.
    /// </summary>
    public static async Task<IResult> Person(ApiRequest request)
    {
        var gazetteer = request.Service<Gazetteer>();
        var listings = PersonId.TryParse(request.Route("personId"), out var personId)
            ? await request.Service<RecordStore>().ListingsOfPersonAsync(personId, request.Aborted)
            : [];
        var visible = listings.Where(r => request.Caller.MaySee(r.KecamatanCode)).OrderBy(r => r.UploadPath, StringComparer.Ordinal).ThenBy(r => r.SourceRow).ToList();
        return visible.Count == 0
            ? ApiResults.NotFound("Orang ini tidak ditemukan.")
            : ApiResults.Ok(new { personId = personId.ToString(), listings = visible.Select(r => Views.Record(r, gazetteer)) });
    }
}
