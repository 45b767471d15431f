using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Pipeline.Api.Routing;
using Pipeline.Core.Model;
using Pipeline.Core.Validation;
using Pipeline.Storage.Tables;

namespace Pipeline.Api.Handlers;

/// <summary>Record search (NIK exact, name through the match key, desa, status) and one person's listings.</summary>
public static class RecordHandlers
{
    public static async Task<IResult> Search(ApiRequest request)
    {
        var gazetteer = request.Service<Gazetteer>();
        var (kecamatan, refusal) = Access.Scope(request, gazetteer);
        if (refusal is not null)
        {
            return refusal;
        }

        var filters = new List<string>();
        if (request.Query("nik") is { } nik)
        {
            filters.Add(TableClient.CreateQueryFilter($"Nik eq {new string(nik.Where(char.IsAsciiDigit).ToArray())}"));
        }

        if (request.Query("name") is { } name)
        {
            // Through the match key, so "Djoko Soeharto" finds "Joko Suharto"; a prefix, so a first name finds the full name.
            var canonical = NameNormalizer.Normalize(name).Name ?? name;
            var key = NameMatchKey.Build(canonical);
            if (key.Length == 0)
            {
                return ApiResults.BadRequest("Nama yang dicari harus berisi huruf.");
            }

            filters.Add(TableClient.CreateQueryFilter($"NameKey ge {key} and NameKey lt {key + "\uffff"}"));
        }

        if (request.Query("desa") is { } desa)
        {
            var code = gazetteer.FindDesa(desa, kecamatan)?.Code;
            if (code is null)
            {
                return ApiResults.BadRequest($"Desa \"{desa}\" tidak dikenal.");
            }

            filters.Add(TableClient.CreateQueryFilter($"DesaCode eq {code}"));
        }

        if (request.Query("status") is { } status)
        {
            filters.Add(TableClient.CreateQueryFilter($"Status eq {status}"));
        }

        if (kecamatan is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"KecamatanCode eq {kecamatan}"));
        }

        var (items, next) = await request.Service<RecordStore>().SearchAsync(
            filters.Count == 0 ? null : string.Join(" and ", filters), request.QueryInt("pageSize", 50, 1, 200), request.Query("next"), request.Aborted);
        return ApiResults.Ok(new { items = items.Select(r => Views.Record(r, gazetteer)), next });
    }

    /// <summary>
    /// One person's listings that the caller may see. A person with no listing the caller may see is "not found", whether
    /// or not they are listed in another kecamatan: a viewer must not learn that a person exists elsewhere.
    /// </summary>
    public static async Task<IResult> Person(ApiRequest request)
    {
        var gazetteer = request.Service<Gazetteer>();
        var listings = PersonId.TryParse(request.Route("personId"), out var personId)
            ? await request.Service<RecordStore>().ListingsOfAsync([personId], request.Aborted)
            : [];
        var visible = listings.Where(r => request.Caller.MaySee(r.KecamatanCode)).OrderBy(r => r.UploadPath, StringComparer.Ordinal).ThenBy(r => r.SourceRow).ToList();
        return visible.Count == 0
            ? ApiResults.NotFound("Orang ini tidak ditemukan.")
            : ApiResults.Ok(new { personId = personId.ToString(), listings = visible.Select(r => Views.Record(r, gazetteer)) });
    }
}
