using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Pipeline.Api.Door;
using Pipeline.Api.Routing;
using Pipeline.Core.Door;
using Pipeline.Core.Reporting;
using Pipeline.Core.Validation;
using Pipeline.Storage.Door;
using Pipeline.Storage.Review;

namespace Pipeline.Api.Handlers;

/// <summary>
/// Village upload links (admin): make them for one desa, a kecamatan or the whole regency, list them, revoke one.
/// Every creation and revocation is audited.
/// </summary>
/// <remarks>
/// Only a token's hash is stored, so a link's address exists once: in the answer to its creation. That answer
/// therefore carries everything the admin hands out (the address, the WhatsApp message, the QR code), and the page
/// offers the copy and the printed sheet right then. A lost link is revoked and made again.
/// </remarks>
public static class UploadLinkHandlers
{
    /// <summary>POST body: kecamatan and desa as a name, slug or code (null kecamatan: every desa of the regency; null desa: every desa of the kecamatan), and the last day.</summary>
    public sealed record CreateBody(string? Kecamatan, string? Desa, string? Expires);

    public static async Task<IResult> Create(ApiRequest request)
    {
        var body = await request.ReadJsonAsync<CreateBody>() ?? new CreateBody(null, null, null);
        var gazetteer = request.Service<Gazetteer>();
        var (desas, problem) = Choose(gazetteer, body);
        if (problem is not null)
        {
            return ApiResults.BadRequest(problem);
        }

        var options = request.Service<IOptions<UploadLinkOptions>>().Value;
        var now = request.Service<TimeProvider>().GetUtcNow();
        if (!Views.TryDay(body.Expires, out var lastDay)
            || !UploadLink.IsChoosableLastDay(lastDay, JakartaTime.DateOf(now), options.MaxDays))
        {
            return ApiResults.BadRequest($"Isi tanggal berakhir (yyyy-MM-dd) antara hari ini dan {options.MaxDays} hari ke depan.");
        }

        var made = desas.Select(desa =>
        {
            var (token, hash) = UploadLinkToken.Create();
            return (Token: token, Link: new UploadLink(hash, desa.Kecamatan.Code, desa.Desa.Code, UploadLink.EndOf(lastDay), now, request.Caller.Id), Folder: desa);
        }).ToList();
        await request.Service<UploadLinkStore>().CreateAsync(made.Select(m => m.Link).ToList(), request.Caller.Name, request.Aborted);

        var audit = request.Service<AuditLog>();
        foreach (var (_, link, folder) in made)
        {
            await audit.AppendAsync(request.Actor, now, "uploadlink.create", link.Id, null,
                new { kecamatan = folder.Kecamatan.Code, desa = folder.Desa.Code, lastDay = Views.Day(link.LastDay) }, null, $"uploadlink.create:{link.Id}", request.Aborted);
        }

        var site = SiteOf(request, options);
        return Results.Json(new
        {
            lastDay = Views.Day(lastDay),
            lastDayText = IndonesianFormat.ShortDate(lastDay),
            links = made.Select(m =>
            {
                var url = new Uri(site, "desa/" + m.Token);
                return new
                {
                    id = m.Link.Id,
                    kecamatanCode = m.Folder.Kecamatan.Code,
                    kecamatanName = m.Folder.Kecamatan.Name,
                    desaCode = m.Folder.Desa.Code,
                    desaName = m.Folder.Desa.Name,
                    url = url.AbsoluteUri,
                    whatsApp = UploadLinkMessage.WhatsApp(m.Folder.Desa.Name, m.Folder.Kecamatan.Name, url, lastDay),
                    qr = LinkQrCode.DataUri(url),
                };
            }),
        }, statusCode: StatusCodes.Status201Created);
    }

    public static async Task<IResult> List(ApiRequest request)
    {
        var gazetteer = request.Service<Gazetteer>();
        var now = request.Service<TimeProvider>().GetUtcNow();
        var links = await request.Service<UploadLinkStore>().ListAsync(request.Aborted);
        return ApiResults.Ok(links.Select(l => new
        {
            id = l.Link.Id,
            kecamatanCode = l.Link.KecamatanCode,
            kecamatanName = gazetteer.KecamatanName(l.Link.KecamatanCode),
            desaCode = l.Link.DesaCode,
            desaName = gazetteer.DesaName(l.Link.DesaCode),
            lastDay = Views.Day(l.Link.LastDay),
            state = l.Link.StateAt(now).ToString().ToLowerInvariant(),
            createdAt = l.Link.CreatedAt,
            createdBy = l.CreatedByName ?? l.Link.CreatedBy,
            revokedAt = l.Link.RevokedAt,
            revokedBy = l.RevokedByName ?? l.Link.RevokedBy,
        }));
    }

    public static async Task<IResult> Revoke(ApiRequest request)
    {
        var id = request.Route("id");
        var now = request.Service<TimeProvider>().GetUtcNow();
        var before = await request.Service<UploadLinkStore>().RevokeAsync(id, now, request.Caller.Id, request.Caller.Name, request.Aborted);
        if (before is null)
        {
            return ApiResults.NotFound("Tautan tidak ditemukan.");
        }

        if (before.RevokedAt is null)
        {
            await request.Service<AuditLog>().AppendAsync(request.Actor, now, "uploadlink.revoke", id,
                new { kecamatan = before.KecamatanCode, desa = before.DesaCode, lastDay = Views.Day(before.LastDay) }, new { revoked = true }, null,
                $"uploadlink.revoke:{id}", request.Aborted);
        }

        return Results.NoContent();
    }

    /// <summary>The desa the body names: one, a kecamatan's, or all of the regency's; or why none.</summary>
    private static (IReadOnlyList<DesaFolder> Desas, string? Problem) Choose(Gazetteer gazetteer, CreateBody body)
    {
        var all = gazetteer.Desa.Select(d => DesaFolder.Of(gazetteer, d.Code)!)
            .OrderBy(f => f.Kecamatan.Name, StringComparer.Ordinal).ThenBy(f => f.Desa.Name, StringComparer.Ordinal).ToList();
        if (string.IsNullOrWhiteSpace(body.Kecamatan) || body.Kecamatan.Trim() == "*")
        {
            return string.IsNullOrWhiteSpace(body.Desa) ? (all, null) : ([], "Pilih kecamatan desa itu terlebih dahulu.");
        }

        var kecamatan = gazetteer.FindKecamatan(body.Kecamatan);
        if (kecamatan is null)
        {
            return ([], $"Kecamatan \"{body.Kecamatan}\" tidak dikenal di Kabupaten Labuhanbatu Utara.");
        }

        if (string.IsNullOrWhiteSpace(body.Desa))
        {
            return (all.Where(f => f.Kecamatan.Code == kecamatan.Code).ToList(), null);
        }

        var desa = gazetteer.FindDesa(body.Desa, kecamatan.Code);
        return desa is null
            ? ([], $"Desa \"{body.Desa}\" tidak dikenal di Kecamatan {kecamatan.Name}.")
            : ([DesaFolder.Of(gazetteer, desa.Code)!], null);
    }

    /// <summary>
    /// Where the links point: <see cref="UploadLinkOptions.BaseUrl"/> when set; otherwise the host the admin's request
    /// came to, over https unless it is this computer (the deployed app is HTTPS-only; <c>serve</c> is plain http on 127.0.0.1).
    /// </summary>
    private static Uri SiteOf(ApiRequest request, UploadLinkOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.BaseUrl))
        {
            return new Uri(options.BaseUrl.TrimEnd('/') + "/");
        }

        var http = request.Context.Request;
        var local = System.Net.IPAddress.TryParse(http.Host.Host, out var address) ? System.Net.IPAddress.IsLoopback(address) : http.Host.Host == "localhost";
        return new Uri($"{(local ? http.Scheme : "https")}://{http.Host}/");
    }
}
