using Microsoft.AspNetCore.Http;
using Pipeline.Api.Routing;
using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using Pipeline.Core.Validation;
using Pipeline.Storage;
using Pipeline.Storage.Cohort;

namespace Pipeline.Api.Handlers;

/// <summary>
/// The funded cohort for administrators: counts by state, the people flagged ("masih layak dibiayai?"), BPJS's
/// confirmation uploaded (multipart), and an approver's actions: end a person's funding, keep a flagged person,
/// propose a refused or ended person again.
/// </summary>
public static class CohortHandlers
{
    public sealed record EndBody(string? Month, string? Reason, string? Note);

    public sealed record NoteBody(string? Note);

    public sealed record MemberView(
        string PersonId, string State, string StateLabel, string Kind, string? Kpj, string? Name, string? DesaCode, string? DesaName, string? ExportId,
        string? FundedFrom, string? Refusal, string? EndedFrom, string? EndReason, string? Flag, string? FlagLabel, string? FlagNote, DateTimeOffset ChangedAt, string? ChangedBy);

    public static async Task<IResult> Counts(ApiRequest request)
    {
        var areas = await request.Service<CohortCountStore>().CountByDesaAsync(request.Aborted);
        var gazetteer = request.Service<Gazetteer>();
        return ApiResults.Ok(new
        {
            states = CohortStates.All.Select(s => new { code = s.ToCode(), label = s.ToIndonesian(), count = areas.Sum(a => a[s]) }),
            desa = areas.Select(a => new
            {
                kecamatanCode = a.KecamatanCode,
                desaCode = a.DesaCode,
                desaName = a.DesaCode is null ? null : gazetteer.DesaName(a.DesaCode),
                counts = a.ToDictionary(),
            }),
        });
    }

    public static async Task<IResult> Flagged(ApiRequest request)
    {
        var gazetteer = request.Service<Gazetteer>();
        return ApiResults.Ok((await request.Service<CohortActions>().FlaggedAsync(request.Aborted)).Select(m => View(m, gazetteer)));
    }

    /// <summary>BPJS's confirmation file, as <c>multipart/form-data</c> with one file: each row's outcome and the counts.</summary>
    public static async Task<IResult> Confirm(ApiRequest request)
    {
        var (file, _, refusal) = await request.ReadOneFileAsync("berkas konfirmasi", ".xlsx atau .csv");
        if (file is null)
        {
            return refusal!;
        }

        await using var content = file.OpenReadStream();
        var report = await request.Service<ConfirmationService>().ConfirmAsync(
            "unggah/" + Path.GetFileName(file.FileName), content, request.Actor, request.Aborted);
        var body = new
        {
            status = report.Status,
            issueCode = report.IssueCode,
            message = report.Message,
            counts = report.Counts,
            rows = report.Rows.Select(r => new { row = r.Row, nik = r.Nik, result = r.Result.ToCode(), label = r.Result.ToIndonesian(), personId = r.PersonId, note = r.Note, issues = r.Issues.Select(i => new { code = i.Code, message = i.Message }) }),
            resultUrl = report.ResultPath is null ? null : "/api/cohort/confirmations/" + Uri.EscapeDataString(Path.GetFileName(report.ResultPath)),
        };
        return report.Status == "failed" ? Results.Json(body, statusCode: StatusCodes.Status422UnprocessableEntity) : ApiResults.Ok(body);
    }

    /// <summary>A confirmation's outcome workbook (every NIK of the file, so audited as a download).</summary>
    public static async Task<IResult> ConfirmationResult(ApiRequest request)
    {
        var name = request.Route("file");
        if (name.Contains('/', StringComparison.Ordinal) || !name.EndsWith(".hasil.xlsx", StringComparison.Ordinal))
        {
            return ApiResults.NotFound("Hasil konfirmasi tidak ditemukan.");
        }

        var blob = request.Service<PipelineStorage>().Reports.GetBlobClient(StorageNames.ConfirmationsPrefix + name);
        return await DownloadAudit.StreamAsync(request, blob, "confirmation", name, ContentTypes.Xlsx, name, "Hasil konfirmasi tidak ditemukan.");
    }

    public static async Task<IResult> End(ApiRequest request)
    {
        var body = await request.ReadJsonAsync<EndBody>();
        if (!YearMonth.TryParse(body?.Month, out var month))
        {
            return ApiResults.BadRequest("Bulan berhenti harus ditulis yyyy-MM, contoh 2026-05.");
        }

        if (!CohortEndReasons.TryParse(body?.Reason, out var reason))
        {
            return ApiResults.BadRequest("Alasan harus salah satu dari: " + string.Join(", ", CohortEndReasons.All.Select(r => $"{r.ToCode()} ({r.ToIndonesian()})")) + ".");
        }

        return Answer(request, await request.Service<CohortActions>().EndAsync(request.Route("personId"), month, reason, body!.Note, request.Actor, request.Aborted));
    }

    public static async Task<IResult> Keep(ApiRequest request) =>
        Answer(request, await request.Service<CohortActions>().KeepAsync(request.Route("personId"), await NoteAsync(request), request.Actor, request.Aborted));

    public static async Task<IResult> Repropose(ApiRequest request) =>
        Answer(request, await request.Service<CohortActions>().ReproposeAsync(request.Route("personId"), await NoteAsync(request), request.Actor, request.Aborted));

    private static async Task<string?> NoteAsync(ApiRequest request) =>
        (await request.ReadOptionalJsonAsync<NoteBody>())?.Note;

    private static IResult Answer(ApiRequest request, CohortActionResult result) =>
        !result.Found ? ApiResults.NotFound(result.Refusal!)
        : result.Refusal is { } refusal ? ApiResults.Conflict("Tidak dapat dilakukan: orang ini " + refusal + ".")
        : ApiResults.Ok(View(result.Member!, request.Service<Gazetteer>()));

    private static MemberView View(CohortMember m, Gazetteer gazetteer) => new(
        m.PersonId, m.State.ToCode(), m.State.ToIndonesian(), m.Kind.ToString().ToLowerInvariant(), m.Kpj, m.Details?.Name, m.Details?.DesaCode,
        m.Details?.DesaCode is { } desa ? gazetteer.DesaName(desa) : null, m.ExportId, m.FundedFrom?.ToString(), m.Refusal, m.EndedFrom?.ToString(),
        m.EndReason?.ToCode(), m.Flag == CohortFlag.None ? null : m.Flag.ToCode(), m.Flag == CohortFlag.None ? null : m.Flag.ToIndonesian(), m.FlagNote,
        m.ChangedAt, m.ChangedByName ?? m.ChangedBy);
}
