using Microsoft.AspNetCore.Http;
using Pipeline.Api.Routing;
using Pipeline.Core.Review;
using Pipeline.Core.Validation;
using Pipeline.Storage.Review;

namespace Pipeline.Api.Handlers;

/// <summary>The review queue (both records side by side, score, explanation) and decisions on its items.</summary>
public static class ReviewHandlers
{
    public sealed record ParticipantView(string Kpj, string? Nik, string? Name, string? BirthDate, string? Sex, string? MembershipStatus);

    public sealed record ItemView(
        string Id, string Partition, string Row, string ETag, double Score, string Explanation, string Decision, DateTimeOffset CreatedAt,
        Views.RecordView? Subject, Views.RecordView? Candidate, ParticipantView? Participant);

    /// <summary>The decision as posted: <c>decision</c> (same, different, reject), <c>reason</c> code, optional <c>note</c>.</summary>
    public sealed record DecisionBody(string? Decision, string? Reason, string? Note, string? ETag);

    public static async Task<IResult> Queue(ApiRequest request)
    {
        var gazetteer = request.Service<Gazetteer>();
        var kecamatan = request.Query("kecamatan") is { } text ? gazetteer.FindKecamatan(text)?.Code ?? text : null;
        var items = (await request.Service<StoredRecords>().PendingItemsAsync(request.Aborted))
            .Where(i => kecamatan is null || KecamatanOf(i.UploadPath, gazetteer) == kecamatan)
            .OrderBy(i => i.UploadPath, StringComparer.Ordinal).ThenBy(i => i.SourceRow).ThenByDescending(i => i.Score)
            .ToList();
        var page = request.QueryInt("page", 1, 1, int.MaxValue);
        var pageSize = request.QueryInt("pageSize", 20, 1, 100);
        var views = new List<ItemView>();
        foreach (var item in items.Skip((page - 1) * pageSize).Take(pageSize))
        {
            views.Add(await ViewAsync(request, item));
        }

        return ApiResults.Ok(new { total = items.Count, page, pageSize, items = views });
    }

    public static async Task<IResult> Get(ApiRequest request)
    {
        var item = await request.Service<StoredRecords>().GetItemAsync(request.Route("partition"), request.Route("row"), request.Aborted);
        if (item is null)
        {
            return ApiResults.NotFound("Item pemeriksaan tidak ditemukan.");
        }

        request.Context.Response.Headers.ETag = item.ETag.ToString("H");
        return ApiResults.Ok(await ViewAsync(request, item));
    }

    public static async Task<IResult> Decide(ApiRequest request)
    {
        var body = await request.ReadJsonAsync<DecisionBody>();
        if (body is null || !DecisionKindText.TryParse(body.Decision, out var kind))
        {
            return ApiResults.BadRequest("Keputusan harus salah satu dari: same, different, reject.");
        }

        if (body.Note is { Length: > 1000 })
        {
            return ApiResults.BadRequest("Catatan paling banyak 1000 karakter.");
        }

        var ifMatch = request.Context.Request.Headers.IfMatch.FirstOrDefault() ?? body.ETag;
        var result = await request.Service<DecisionService>().DecideAsync(
            new DecisionRequest(request.Route("partition"), request.Route("row"), kind, body.Reason ?? "", body.Note, ifMatch),
            request.Actor, request.Aborted);
        if (result.Item is { } item)
        {
            request.Context.Response.Headers.ETag = item.ETag.ToString("H");
        }

        return result.Status switch
        {
            DecisionStatus.Applied or DecisionStatus.Unchanged => ApiResults.Ok(new
            {
                status = result.Status == DecisionStatus.Applied ? "applied" : "unchanged",
                item = result.Item is null ? null : await ViewAsync(request, result.Item),
                changedRecords = result.ChangedRecords,
            }),
            DecisionStatus.NotFound => ApiResults.NotFound(result.Message!),
            DecisionStatus.Conflict => ApiResults.Conflict(result.Message!),
            DecisionStatus.PreconditionFailed => ApiResults.Problem(StatusCodes.Status412PreconditionFailed, result.Message!),
            _ => ApiResults.BadRequest(result.Message!),
        };
    }

    public static Task<IResult> Reasons(ApiRequest request) => Task.FromResult(ApiResults.Ok(
        ReasonCatalog.All.Select(r => new { code = r.Code, decision = r.Kind.ToCode(), label = r.Label, noteRequired = r.NoteRequired })));

    private static async Task<ItemView> ViewAsync(ApiRequest request, ReviewItemEntity item)
    {
        var records = request.Service<StoredRecords>();
        var gazetteer = request.Service<Gazetteer>();
        var subject = await records.GetRecordAsync(item.RecordId, request.Aborted);
        Views.RecordView? candidate = null;
        ParticipantView? participant = null;
        if (item.CandidateKpj is { } kpj)
        {
            if (await records.FindParticipantAsync(kpj, request.Aborted) is { } p)
            {
                participant = new ParticipantView(p.Kpj, p.Nik, p.Name, p.BirthDate, p.Sex, p.MembershipStatus);
            }
        }
        else if (await records.GetRecordAsync(item.CandidateId, request.Aborted) is { } other)
        {
            candidate = Views.Record(other, gazetteer);
        }

        return new ItemView(
            item.Id, item.PartitionKey, item.RowKey, item.ETag.ToString("H"), Math.Round(item.Score, 1), item.Explanation, item.Decision, item.CreatedAt,
            subject is null ? null : Views.Record(subject, gazetteer), candidate, participant);
    }

    private static string? KecamatanOf(string uploadPath, Gazetteer gazetteer)
    {
        var slash = uploadPath.IndexOf('/');
        return slash > 0 ? gazetteer.FindKecamatan(uploadPath[..slash])?.Code : null;
    }
}
