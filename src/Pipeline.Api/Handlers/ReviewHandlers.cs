using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Pipeline.Api.Routing;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Review;
using Pipeline.Core.Validation;
using Pipeline.Storage.Review;
using Pipeline.Storage.Tables;

namespace Pipeline.Api.Handlers;

/// <summary>
/// The review queue, one item per person (every record and participant the open pairs connect, side by side, with the
/// fields they disagree on), and decisions on an item.
/// </summary>
public static class ReviewHandlers
{
    public sealed record ParticipantView(string Kpj, string? Nik, string? Name, string? BirthDate, string? Sex, string? MembershipStatus);

    /// <param name="Ref">How a decision names the member: a record id, or <c>KPJ:</c> + KPJ.</param>
    /// <param name="UnderReview">A record whose status waits for this item.</param>
    /// <param name="Gone">The record no longer exists or was rejected, or the participant left the register.</param>
    public sealed record MemberView(string Ref, string Kind, bool UnderReview, bool Gone, Views.RecordView? Record, ParticipantView? Participant);

    /// <param name="Likeness">The score in words (<see cref="MatchLikeness"/>): what the page shows instead of the figure.</param>
    public sealed record PairView(string Subject, string Candidate, double Score, string Likeness, string Explanation);

    /// <param name="Id">The item in the API's paths: the upload key and row of its first record under review.</param>
    /// <param name="Subject">The first record under review (as <paramref name="Members"/> holds it too).</param>
    /// <param name="Likeness">The best pair's score in words (<see cref="MatchLikeness"/>).</param>
    /// <param name="Candidate">Its best candidate when that is a record, <paramref name="Participant"/> when it is a register participant.</param>
    public sealed record ItemView(
        string Id, string RecordId, string ETag, double Score, string Likeness, string Explanation, DateTimeOffset CreatedAt,
        IReadOnlyList<MemberView> Members, IReadOnlyList<PairView> Pairs, IReadOnlyList<FieldChoice> Differences,
        Views.RecordView? Subject, Views.RecordView? Candidate, ParticipantView? Participant);

    /// <summary>
    /// The decision as posted: <c>decision</c> (same, different, reject), <c>reason</c> code, optional <c>note</c>;
    /// <c>members</c> (member refs: for <c>same</c> the ones that are one person, for <c>reject</c> the records rejected);
    /// <c>chosen</c> (for <c>same</c>: field → the correct value among the members', fields as in <c>differences</c>).
    /// </summary>
    public sealed record DecisionBody(string? Decision, string? Reason, string? Note, string? ETag, IReadOnlyList<string>? Members, Dictionary<string, string>? Chosen);

    /// <summary>Queue items whose members are read at once for one page (a default page at once).</summary>
    private const int DetailsInFlight = 20;

    /// <summary>A <c>next</c> longer than any queue key is not one.</summary>
    private const int MaxNextLength = 600;

    public static async Task<IResult> Queue(ApiRequest request)
    {
        var gazetteer = request.Service<Gazetteer>();
        var kecamatan = request.Query("kecamatan") is { } text ? gazetteer.FindKecamatan(text)?.Code ?? text : null;
        var after = request.Query("next");
        if (after is { Length: > MaxNextLength })
        {
            return ApiResults.BadRequest("Parameter next tidak dikenal. Muat ulang antrean.");
        }

        var page = request.QueryInt("page", 1, 1, int.MaxValue);
        var pageSize = request.QueryInt("pageSize", 20, 1, 100);
        var queue = request.Service<ReviewQueue>();
        var found = await queue.PageAsync(page, pageSize, after, kecamatan is null ? null : path => KecamatanOf(path, gazetteer) == kecamatan, request.Aborted);

        // The page's items read side by side (a few point reads each): the page costs about one item's reads, not twenty.
        var shown = found.Items;
        var views = new ItemView[shown.Count];
        var matchOptions = request.Service<IOptions<MatchOptions>>().Value;
        await Parallel.ForAsync(0, shown.Count, new ParallelOptions { MaxDegreeOfParallelism = DetailsInFlight, CancellationToken = request.Aborted },
            async (i, token) => views[i] = View(await queue.DetailsAsync(shown[i], token), gazetteer, matchOptions));

        // Items are people; every page counts what waits for review in records, so both are given, each named.
        return ApiResults.Ok(new { total = found.Total, unit = "orang", records = found.Records, page, pageSize, next = found.Next, items = views });
    }

    public static async Task<IResult> Get(ApiRequest request)
    {
        var queue = request.Service<ReviewQueue>();
        var item = ItemId(request) is { } id ? await queue.ItemOfAsync(id, request.Aborted) : null;
        if (item is null)
        {
            return ApiResults.NotFound("Item pemeriksaan tidak ditemukan.");
        }

        request.Context.Response.Headers.ETag = Quote(item.Version);
        return ApiResults.Ok(View(await queue.DetailsAsync(item, request.Aborted), request.Service<Gazetteer>(), request.Service<IOptions<MatchOptions>>().Value));
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

        var members = new List<CandidateRef>();
        foreach (var text in body.Members ?? [])
        {
            if (!CandidateRef.TryParse(text, out var member))
            {
                return ApiResults.BadRequest("Data yang dipilih tidak dikenal. Muat ulang antrean.");
            }

            members.Add(member);
        }

        if (ItemId(request) is not { } item)
        {
            return ApiResults.NotFound("Item pemeriksaan tidak ditemukan.");
        }

        var ifMatch = request.Context.Request.Headers.IfMatch.FirstOrDefault() ?? body.ETag;
        var result = await request.Service<DecisionService>().DecideAsync(
            new DecisionRequest(item, kind, body.Reason ?? "", body.Note, body.Members is null ? null : members, body.Chosen, ifMatch),
            request.Actor, request.Aborted);
        return result.Status switch
        {
            DecisionStatus.Applied or DecisionStatus.Unchanged => ApiResults.Ok(new
            {
                status = result.Status == DecisionStatus.Applied ? "applied" : "unchanged",
                records = await RecordViewsAsync(request, result.Records),
                changedRecords = result.ChangedRecords.Select(r => r.ToString()),
            }),
            DecisionStatus.NotFound => ApiResults.NotFound(result.Message!),
            DecisionStatus.Conflict => ApiResults.Conflict(result.Message!),
            DecisionStatus.PreconditionFailed => ApiResults.Problem(StatusCodes.Status412PreconditionFailed, result.Message!),
            _ => ApiResults.BadRequest(result.Message!),
        };
    }

    public static Task<IResult> Reasons(ApiRequest request) => Task.FromResult(ApiResults.Ok(
        ReasonCatalog.All.Select(r => new { code = r.Code, decision = r.Kind.ToCode(), label = r.Label, noteRequired = r.NoteRequired })));

    /// <summary>The item named in the path: the upload key and the row of one of its records.</summary>
    private static RecordId? ItemId(ApiRequest request) =>
        int.TryParse(request.Route("row"), NumberStyles.None, CultureInfo.InvariantCulture, out var row) && request.Route("partition").Length > 0
            ? new RecordId(request.Route("partition"), row)
            : null;

    private static async Task<IReadOnlyList<Views.RecordView>> RecordViewsAsync(ApiRequest request, IEnumerable<RecordId> ids)
    {
        var records = request.Service<RecordStore>();
        var gazetteer = request.Service<Gazetteer>();
        var views = new List<Views.RecordView>();
        foreach (var id in ids)
        {
            if (await records.GetAsync(id, request.Aborted) is { } entity)
            {
                views.Add(Views.Record(entity, gazetteer));
            }
        }

        return views;
    }

    private static ItemView View(QueueEntry entry, Gazetteer gazetteer, MatchOptions matching)
    {
        var item = entry.Item;
        // The records under review first: the page reads "this record, and what it resembles".
        var members = item.Members.Select(m => Member(m, entry, item, gazetteer)).OrderByDescending(m => m.UnderReview).ToList();
        var best = item.Pairs.Where(p => p.Subject == item.Id).MaxBy(p => p.Score) ?? item.Pairs[0];
        var subject = members.First(m => m.Ref == CandidateRef.ForRecord(item.Id).ToString()).Record;
        var candidate = members.First(m => m.Ref == best.Candidate.ToString());
        return new ItemView(
            item.Id.UploadKey + "/" + item.Id.PaddedRow, item.Id.ToString(), item.Version, Math.Round(best.Score, 1), MatchLikeness.Describe(best.Score, matching), best.Explanation,
            item.Pairs.Min(p => p.CreatedAt), members,
            [.. item.Pairs.Select(p => new PairView(p.Subject.ToString(), p.Candidate.ToString(), Math.Round(p.Score, 1), MatchLikeness.Describe(p.Score, matching), p.Explanation))],
            entry.Differences, subject, candidate.Record, candidate.Participant);
    }

    private static MemberView Member(CandidateRef member, QueueEntry entry, ReviewItem item, Gazetteer gazetteer)
    {
        if (member.Kpj is { } kpj)
        {
            var p = entry.Participants.GetValueOrDefault(kpj);
            return new MemberView(member.ToString(), "participant", false, p is null, null,
                p is null ? null : new ParticipantView(p.Kpj, p.Nik, p.Name, p.BirthDate, p.Sex, p.MembershipStatus));
        }

        var record = entry.Records.GetValueOrDefault(member.Record!.Value);
        var gone = record is null || !RecordMapper.ToListing(record).IsMatched;
        return new MemberView(member.ToString(), "record", item.UnderReview.Contains(member.Record.Value), gone, record is null ? null : Views.Record(record, gazetteer), null);
    }

    private static string Quote(string version) => "\"" + version + "\"";

    private static string? KecamatanOf(string uploadPath, Gazetteer gazetteer)
    {
        var slash = uploadPath.IndexOf('/');
        return slash > 0 ? gazetteer.FindKecamatan(uploadPath[..slash])?.Code : null;
    }
}
