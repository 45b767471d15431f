using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Pipeline.Api.Door;
using Pipeline.Api.Routing;
using Pipeline.Core.Door;
using Pipeline.Core.Model;
using Pipeline.Core.Reporting;
using Pipeline.Storage;
using Pipeline.Storage.Door;
using Pipeline.Storage.Review;

namespace Pipeline.Api.Handlers;

/// <summary>
/// The village door (<c>/desa/{token}</c> and <c>/api/desa/{token}/…</c>): no sign-in, the link is the key. Each
/// handler opens the link first (<see cref="DoorAccess"/>) and works only inside its desa's folder.
/// </summary>
public static class DesaHandlers
{
    /// <summary>How many problems the page explains per list (the result workbook has them all).</summary>
    public const int ProblemsShown = 3;

    /// <summary>
    /// The page itself: the same for every token (it holds nothing; the API decides what the token opens). Its address
    /// is a capability, so it is kept out of every cache and every index.
    /// </summary>
    public static async Task<IResult> Page(ApiRequest request)
    {
        var page = await StaticFiles.ServeFile(request, "desa.html");
        request.Context.Response.Headers.CacheControl = "no-store";
        request.Context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return page;
    }

    /// <summary>The desa's name, its kecamatan, the link's last day, the upload limit, and the desa's lists.</summary>
    public static async Task<IResult> Info(ApiRequest request)
    {
        var (door, refusal) = await DoorAccess.OpenAsync(request);
        if (door is null)
        {
            return refusal!;
        }

        var service = request.Service<DoorUploadService>();
        var uploads = await service.ListAsync(door.Folder, request.Aborted);
        return ApiResults.Ok(new
        {
            desa = new { code = door.Folder.Desa.Code, name = door.Folder.Desa.Name },
            kecamatan = new { code = door.Folder.Kecamatan.Code, name = door.Folder.Kecamatan.Name },
            lastDay = Views.Day(door.Link.LastDay),
            lastDayText = IndonesianFormat.ShortDate(door.Link.LastDay),
            maxUploadBytes = service.MaxUploadBytes,
            uploads = uploads.Select(u => View(request, u, null)),
        });
    }

    /// <summary>One file, multipart; 202 and its id once it is stored, a refusal (nothing stored) otherwise.</summary>
    public static async Task<IResult> Upload(ApiRequest request)
    {
        var (door, refusal) = await DoorAccess.OpenAsync(request);
        if (door is null)
        {
            return refusal!;
        }

        if (request.Service<DoorRateLimits>().TryUpload(door.Link.Id) is { } wait)
        {
            return DoorAccess.TooMany(request, wait);
        }

        var service = request.Service<DoorUploadService>();
        var limit = service.MaxUploadBytes;
        if (request.Context.Request.ContentLength > limit + MultipartFile.Overhead)
        {
            return DoorAccess.Refuse(StatusCodes.Status413PayloadTooLarge, IssueCatalog.FileTooLarge.Create());
        }

        // The host's own body limit (Kestrel's 30 MB by default) sits just above the door's, which answers first.
        if (request.Context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit + MultipartFile.Overhead;
        }

        var accepted = await MultipartFile.ReceiveAsync(request.Context.Request, limit,
            (name, content) => service.AcceptAsync(door.Folder, name, content, door.Link.Id, request.Aborted), request.Aborted);
        if (accepted is null)
        {
            return DoorAccess.Refuse(StatusCodes.Status400BadRequest, IssueCatalog.UploadNoFile.Create());
        }

        if (accepted.Problem is { } problem)
        {
            var status = problem.Code == IssueCatalog.FileTooLarge.Code ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status415UnsupportedMediaType;
            return DoorAccess.Refuse(status, problem.Create());
        }

        return Results.Json(new { id = accepted.Id, name = accepted.Name, status = "processing", statusUrl = UploadUrl(request, accepted.Id!) }, statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>One list: still being checked, or its counts in words, its three main problems and what to do, its result.</summary>
    public static async Task<IResult> Status(ApiRequest request)
    {
        var (_, upload, refusal) = await FindAsync(request);
        if (upload is null)
        {
            return refusal!;
        }

        var problems = upload.Status == "processed"
            ? (await request.Service<DoorUploadService>().ProblemsAsync(upload, request.Aborted)).Top(ProblemsShown)
            : null;
        return ApiResults.Ok(View(request, upload, problems));
    }

    /// <summary>The result workbook of a list that is done.</summary>
    public static async Task<IResult> Result(ApiRequest request)
    {
        var (door, upload, refusal) = await FindAsync(request);
        if (upload is null)
        {
            return refusal!;
        }

        var stream = await request.Service<DoorUploadService>().OpenResultAsync(upload, request.Aborted);
        if (stream is null)
        {
            return ApiResults.NotFound("Hasil pemeriksaan belum siap. Tunggu sebentar lalu coba lagi.");
        }

        // Audited like the administrators' downloads; the actor is the link (its id's first 12 characters) and its desa.
        await DownloadAudit.RecordAsync(request, "result", upload.Id, new AuditLog.Actor("uploadlink:" + door!.Link.Id[..12], "Desa " + door.Folder.Desa.Name));
        return Results.Stream(stream, ContentTypes.Xlsx, Path.GetFileName(upload.ResultPath));
    }

    /// <summary>The "Templat daftar" of this desa.</summary>
    public static async Task<IResult> Template(ApiRequest request)
    {
        var (door, refusal) = await DoorAccess.OpenAsync(request);
        if (door is null)
        {
            return refusal!;
        }

        var content = new MemoryStream();
        UploadTemplate.Write(content, door.Folder.Desa.Name, door.Folder.Kecamatan.Name, request.Service<IOptions<ValidationOptions>>().Value);
        content.Position = 0;
        return Results.Stream(content, ContentTypes.Xlsx, $"templat-daftar-{DesaFolder.Slug(door.Folder.Desa.Name)}.xlsx");
    }

    /// <summary>The link, then the list by its id inside the link's desa; any other id answers as not found.</summary>
    private static async Task<(DoorAccess.Opened? Door, DoorUpload? Upload, IResult? Refusal)> FindAsync(ApiRequest request)
    {
        var (door, refusal) = await DoorAccess.OpenAsync(request);
        if (door is null)
        {
            return (null, null, refusal);
        }

        var upload = await request.Service<DoorUploadService>().GetAsync(door.Folder, request.Route("id"), request.Aborted);
        return upload is null ? (door, null, ApiResults.NotFound("Daftar ini tidak ditemukan di desa Anda.")) : (door, upload, null);
    }

    private static string UploadUrl(ApiRequest request, string id) =>
        $"/api/desa/{Uri.EscapeDataString(request.Route("token"))}/uploads/{Uri.EscapeDataString(id)}";

    private static object View(ApiRequest request, DoorUpload u, IReadOnlyList<UploadProblems.Problem>? problems) => new
    {
        id = u.Id,
        name = u.Name,
        status = u.Status,
        sentAt = u.SentAt,
        completedAt = u.CompletedAt,
        rows = u.Rows,
        // Each status in the words of the status table (its label and meaning, as the result workbook's legend has them).
        counts = u.Counts.InDisplayOrder.Where(c => c.Count > 0).Select(c => new
        {
            status = c.Status.Code, label = c.Status.Label, colour = "#" + c.Status.Fill[2..], count = c.Count, text = c.Status.Meaning,
        }),
        issueCode = u.IssueCode,
        message = u.Message,
        problems = problems?.Select(p => new { code = p.Code, isError = p.IsError, rows = p.Rows, firstRows = p.FirstRows, what = p.What, whatToDo = p.WhatToDo }),
        statusUrl = UploadUrl(request, u.Id),
        resultUrl = u.ResultPath is null ? null : UploadUrl(request, u.Id) + "/result",
    };
}
