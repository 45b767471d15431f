using Microsoft.AspNetCore.Http;
using Pipeline.Api.Auth;
using Pipeline.Api.Routing;
using Pipeline.Core.Validation;
using Pipeline.Storage.Review;

namespace Pipeline.Api.Handlers;

/// <summary>The audit trail, and the viewers' kecamatan assignments an admin keeps.</summary>
public static class AdminHandlers
{
    /// <summary>PUT body: the kecamatan (code, name or slug) and the user's display name.</summary>
    public sealed record AssignmentBody(string? Kecamatan, string? DisplayName);

    /// <summary>The trail, newest first: the raw fields as stored (ids only) and the sentence they read as, with names.</summary>
    public static async Task<IResult> Audit(ApiRequest request)
    {
        var lines = await request.Service<AuditTrail>().ReadAsync(request.QueryInt("take", 100, 1, 1000), request.Query("action"), request.Query("target"), request.Aborted);
        return ApiResults.Ok(lines.Select(l => new { l.Entry.At, l.Entry.Actor, l.Entry.ActorName, l.Entry.Action, l.Entry.Target, l.Entry.Before, l.Entry.After, l.Entry.Why, l.Sentence }));
    }

    public static async Task<IResult> ListAssignments(ApiRequest request)
    {
        var gazetteer = request.Service<Gazetteer>();
        var list = await request.Service<RoleAssignmentStore>().ListAsync(request.Aborted);
        return ApiResults.Ok(list.Select(a => new
        {
            userId = a.RowKey, a.DisplayName, a.KecamatanCode, kecamatanName = gazetteer.KecamatanName(a.KecamatanCode), a.AssignedBy, a.AssignedAt,
        }));
    }

    /// <summary>Everyone who has signed in, so an admin picks a camat instead of typing an object id.</summary>
    public static async Task<IResult> SignedInUsers(ApiRequest request) =>
        ApiResults.Ok(await request.Service<RoleAssignmentStore>().ListSignedInAsync(request.Aborted));

    public static async Task<IResult> Assign(ApiRequest request)
    {
        if (!UserIds.IsValid(request.Route("userId")))
        {
            return InvalidUserId();
        }

        var body = await request.ReadJsonAsync<AssignmentBody>();
        var displayName = UserIds.CleanDisplayName(body?.DisplayName, out var nameValid);
        if (!nameValid)
        {
            return ApiResults.BadRequest($"Nama tampilan paling panjang {UserIds.MaxDisplayName} karakter dan tanpa karakter kontrol.");
        }

        var region = body?.Kecamatan is { } text ? request.Service<Gazetteer>().FindKecamatan(text) : null;
        if (region is null)
        {
            return ApiResults.BadRequest("Kecamatan tidak dikenal. Pilih salah satu kecamatan Kabupaten Labuhanbatu Utara.");
        }

        var userId = request.Route("userId");
        var store = request.Service<RoleAssignmentStore>();
        var before = await store.FindAsync(userId, request.Aborted);
        var now = request.Service<TimeProvider>().GetUtcNow();
        var saved = await store.SaveAsync(userId, region.Code, displayName, request.Caller.Id, now, request.Aborted);
        await request.Service<AuditLog>().AppendAsync(request.Actor, now, "role.assign", userId,
            before is null ? null : new { kecamatan = before.KecamatanCode }, new { kecamatan = saved.KecamatanCode }, null,
            $"role.assign:{userId}:{now.UtcTicks}", request.Aborted);
        return ApiResults.Ok(new { userId, saved.KecamatanCode, kecamatanName = region.Name, saved.DisplayName });
    }

    public static async Task<IResult> Unassign(ApiRequest request)
    {
        var userId = request.Route("userId");
        if (!UserIds.IsValid(userId))
        {
            return InvalidUserId();
        }

        var store = request.Service<RoleAssignmentStore>();
        var before = await store.FindAsync(userId, request.Aborted);
        if (before is null || !await store.RemoveAsync(userId, request.Aborted))
        {
            return ApiResults.NotFound("Penugasan tidak ditemukan.");
        }

        var now = request.Service<TimeProvider>().GetUtcNow();
        await request.Service<AuditLog>().AppendAsync(request.Actor, now, "role.remove", userId, new { kecamatan = before.KecamatanCode }, null, null,
            $"role.remove:{userId}:{now.UtcTicks}", request.Aborted);
        return Results.NoContent();
    }

    private static IResult InvalidUserId() =>
        ApiResults.BadRequest("ID pengguna tidak sah: pilih orang dari daftar pengguna yang pernah masuk (ID objek Entra).");
}
