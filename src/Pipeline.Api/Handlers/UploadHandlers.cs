using Microsoft.AspNetCore.Http;
using Pipeline.Api.Routing;
using Pipeline.Core.Model;
using Pipeline.Core.Validation;
using Pipeline.Storage;
using Pipeline.Storage.Tables;

namespace Pipeline.Api.Handlers;

/// <summary>Uploads: the list by kecamatan, desa and status with counts; one upload; its records; its result workbook.</summary>
public static class UploadHandlers
{
    public static async Task<IResult> List(ApiRequest request)
    {
        var gazetteer = request.Service<Gazetteer>();
        var (kecamatan, refusal) = Access.Scope(request, gazetteer);
        if (refusal is not null)
        {
            return refusal;
        }

        var desa = request.Query("desa");
        var status = request.Query("status");
        var entities = await request.Service<UploadStore>().ListAllAsync(request.Aborted).ToListAsync(request.Aborted);
        var uploads = entities
            .Select(u => (View: Views.Upload(u, gazetteer), u.Counts))
            .Where(u => kecamatan is null || u.View.KecamatanCode == kecamatan)
            .Where(u => desa is null || u.View.DesaCode == desa || string.Equals(u.View.DesaName, desa, StringComparison.OrdinalIgnoreCase))
            .Where(u => status is null || u.View.Status == status)
            .OrderBy(u => u.View.Path, StringComparer.Ordinal)
            .ToList();
        var totals = new StatusCounts();
        uploads.ForEach(u => totals.Add(u.Counts));
        var page = request.QueryInt("page", 1, 1, int.MaxValue);
        var pageSize = request.QueryInt("pageSize", 50, 1, 200);
        return ApiResults.Ok(new
        {
            total = uploads.Count,
            page,
            pageSize,
            rows = uploads.Sum(u => u.View.Rows),
            counts = totals.ToDictionary(),
            items = uploads.Skip((page - 1) * pageSize).Take(pageSize).Select(u => u.View),
        });
    }

    public static async Task<IResult> Get(ApiRequest request)
    {
        var (upload, refusal) = await FindAsync(request);
        return refusal ?? ApiResults.Ok(Views.Upload(upload!, request.Service<Gazetteer>()));
    }

    public static async Task<IResult> Records(ApiRequest request)
    {
        var (upload, refusal) = await FindAsync(request);
        if (refusal is not null)
        {
            return refusal;
        }

        var filter = Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {upload!.UploadKey}");
        if (request.Query("status") is { } status)
        {
            filter += Azure.Data.Tables.TableClient.CreateQueryFilter($" and Status eq {status}");
        }

        var (items, next) = await request.Service<RecordStore>().SearchAsync(filter, request.QueryInt("pageSize", 100, 1, 500), request.Query("next"), request.Aborted);
        var gazetteer = request.Service<Gazetteer>();
        return ApiResults.Ok(new { items = items.Select(r => Views.Record(r, gazetteer)), next });
    }

    public static async Task<IResult> Result(ApiRequest request)
    {
        var (upload, refusal) = await FindAsync(request);
        if (refusal is not null)
        {
            return refusal;
        }

        var blob = request.Service<PipelineStorage>().Results.GetBlobClient(upload!.ResultPath ?? upload.Path);
        var name = "hasil-" + Path.GetFileName(upload.ResultPath ?? upload.Path);
        return await DownloadAudit.StreamAsync(request, blob, "result", upload.UploadKey, ContentTypes.Xlsx, name, "Berkas hasil belum tersedia.");
    }

    /// <summary>An upload by key, refused when a viewer asks for another kecamatan's.</summary>
    private static async Task<(UploadEntity? Upload, IResult? Refusal)> FindAsync(ApiRequest request)
    {
        var upload = await request.Service<UploadStore>().GetByKeyAsync(request.Route("uploadKey"), request.Aborted);
        if (upload is null)
        {
            return (null, ApiResults.NotFound("Unggahan tidak ditemukan."));
        }

        var (kecamatan, _) = Views.RegionOf(upload, request.Service<Gazetteer>());
        if (request.Caller.IsScopedToKecamatan && request.Caller.KecamatanCode is null)
        {
            return (null, ApiResults.Forbidden(Access.NoKecamatan));
        }

        return request.Caller.MaySee(kecamatan) ? (upload, null) : (null, ApiResults.Forbidden(Access.WrongKecamatan));
    }
}
