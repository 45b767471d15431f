using Microsoft.AspNetCore.Http;
using Pipeline.Api.Routing;
using Pipeline.Storage.Review;

namespace Pipeline.Api.Handlers;

/// <summary>The list for BPJS: prepare a draft, read it, download .xlsx/.csv, release it (approver, maker-checker).</summary>
public static class ExportHandlers
{
    public static async Task<IResult> List(ApiRequest request) =>
        ApiResults.Ok((await request.Service<BpjsExportService>().ListAsync(request.Aborted)).Select(Views.Export));

    public static async Task<IResult> Prepare(ApiRequest request)
    {
        var export = await request.Service<BpjsExportService>().PrepareAsync(request.Actor, request.Aborted);
        return Results.Json(Views.Export(export), statusCode: StatusCodes.Status201Created);
    }

    public static async Task<IResult> Get(ApiRequest request) =>
        await request.Service<BpjsExportService>().GetAsync(request.Route("id"), request.Aborted) is { } export
            ? ApiResults.Ok(Views.Export(export))
            : ApiResults.NotFound("Daftar ekspor tidak ditemukan.");

    public static async Task<IResult> Download(ApiRequest request)
    {
        var format = request.Route("format");
        if (format is not ("xlsx" or "csv"))
        {
            return ApiResults.BadRequest("Format harus xlsx atau csv.");
        }

        var service = request.Service<BpjsExportService>();
        if (await service.GetAsync(request.Route("id"), request.Aborted) is not { } export)
        {
            return ApiResults.NotFound("Daftar ekspor tidak ditemukan.");
        }

        var stream = await service.OpenFileAsync(export, format, request.Aborted);
        return stream is null
            ? ApiResults.NotFound("Berkas ekspor tidak ditemukan.")
            : Results.Stream(stream, format == "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{export.FileName}.{format}");
    }

    public static async Task<IResult> Release(ApiRequest request)
    {
        var (status, export, message) = await request.Service<BpjsExportService>().ReleaseAsync(request.Route("id"), request.Actor, request.Aborted);
        return status switch
        {
            ReleaseStatus.Released => ApiResults.Ok(Views.Export(export!)),
            ReleaseStatus.NotFound => ApiResults.NotFound(message!),
            ReleaseStatus.AlreadyReleased => ApiResults.Conflict(message!),
            _ => ApiResults.Forbidden(message!),
        };
    }
}
