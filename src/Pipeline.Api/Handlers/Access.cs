using Pipeline.Api.Routing;
using Pipeline.Core.Validation;

namespace Pipeline.Api.Handlers;

/// <summary>The kecamatan rule for viewers, in one place.</summary>
public static class Access
{
    public const string WrongKecamatan = "Anda hanya dapat melihat data kecamatan Anda sendiri.";
    public const string NoKecamatan = "Akun Anda belum diberi kecamatan. Minta admin kabupaten menambahkannya.";

    /// <summary>
    /// The kecamatan a list is limited to: the one asked for, checked against a viewer's assignment, or the
    /// viewer's own. Returns a refusal when a viewer asks for another kecamatan or has none.
    /// </summary>
    public static (string? Kecamatan, Microsoft.AspNetCore.Http.IResult? Refusal) Scope(ApiRequest request, Gazetteer gazetteer)
    {
        var asked = request.Query("kecamatan") is { } text ? gazetteer.FindKecamatan(text)?.Code ?? text : null;
        if (!request.Caller.IsScopedToKecamatan)
        {
            return (asked, null);
        }

        if (request.Caller.KecamatanCode is null)
        {
            return (null, ApiResults.Forbidden(NoKecamatan));
        }

        return asked is not null && asked != request.Caller.KecamatanCode
            ? (null, ApiResults.Forbidden(WrongKecamatan))
            : (request.Caller.KecamatanCode, null);
    }
}
