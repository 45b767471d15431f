using Microsoft.AspNetCore.Http;
using Pipeline.Api.Routing;
using Pipeline.Core.Review;
using Pipeline.Storage;
using Pipeline.Storage.Review;

namespace Pipeline.Api.Handlers;

/// <summary>
/// The lists for BPJS: prepare a draft (a registration list, or a stop list), read it, download its workbook
/// (audited), release it (approver, four eyes, checked against what happened since).
/// </summary>
public static class ExportHandlers
{
    public sealed record PrepareBody(string? Kind);

    public static async Task<IResult> List(ApiRequest request) =>
        ApiResults.Ok((await request.Service<BpjsExportService>().ListAsync(request.Aborted)).Select(Views.Export));

    /// <summary><c>{ "kind": "stop" }</c> prepares a stop list; no body (or <c>registration</c>) a registration list.</summary>
    public static async Task<IResult> Prepare(ApiRequest request)
    {
        var body = await request.ReadOptionalJsonAsync<PrepareBody>();
        if (body?.Kind is { } kind && kind is not ("stop" or "registration"))
        {
            return ApiResults.BadRequest("Jenis daftar harus registration atau stop.");
        }

        var export = await request.Service<ListPreparer>().PrepareAsync(ListKinds.Parse(body?.Kind), request.Actor, request.Aborted);
        return Results.Json(Views.Export(export), statusCode: StatusCodes.Status201Created);
    }

    public static async Task<IResult> Get(ApiRequest request) =>
        await request.Service<BpjsExportService>().GetAsync(request.Route("id"), request.Aborted) is { } export
            ? ApiResults.Ok(Views.Export(export))
            : ApiResults.NotFound("Daftar ekspor tidak ditemukan.");

    public static async Task<IResult> Download(ApiRequest request)
    {
        if (request.Route("format") != "xlsx")
        {
            return ApiResults.NotFound("Daftar untuk BPJS hanya tersedia sebagai .xlsx (buku kerja itulah daftarnya).");
        }

        var service = request.Service<BpjsExportService>();
        if (await service.GetAsync(request.Route("id"), request.Aborted) is not { } export)
        {
            return ApiResults.NotFound("Daftar ekspor tidak ditemukan.");
        }

        var stream = await service.OpenFileAsync(export, request.Actor, request.Aborted);
        return stream is null
            ? ApiResults.NotFound("Berkas ekspor tidak ditemukan.")
            : Results.Stream(stream, ContentTypes.Xlsx, $"{export.FileName}.xlsx");
    }

    public static async Task<IResult> Release(ApiRequest request)
    {
        var result = await request.Service<ListReleaser>().ReleaseAsync(request.Route("id"), request.Actor, request.Aborted);
        return result.Status switch
        {
            ReleaseStatus.Released => ApiResults.Ok(Views.Export(result.Export!)),
            ReleaseStatus.NotFound => ApiResults.NotFound(result.Message!),
            ReleaseStatus.AlreadyReleased or ReleaseStatus.Stale => ApiResults.Conflict(result.Message!),
            _ => ApiResults.Forbidden(result.Message!),
        };
    }
}
