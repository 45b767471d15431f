using Microsoft.AspNetCore.Http;

namespace Pipeline.Api.Routing;

/// <summary>
/// Reads a file an approver sends from the page (BPJS's confirmation, BPJS's bill) the one way: <c>multipart/form-data</c>
/// with exactly one non-empty file (else 415 or 400 with what to send), and the form's other fields.
/// </summary>
public static class FormUpload
{
    /// <param name="what">What the file is, in Indonesian ("berkas konfirmasi", "tagihan"), for the refusals.</param>
    /// <param name="formats">The formats accepted, as officials read them (".xlsx atau .csv").</param>
    /// <returns>The file and the form, or the refusal to answer with.</returns>
    public static async Task<(IFormFile? File, IFormCollection? Form, IResult? Refusal)> ReadOneFileAsync(this ApiRequest request, string what, string formats)
    {
        if (!request.Context.Request.HasFormContentType)
        {
            return (null, null, ApiResults.Problem(StatusCodes.Status415UnsupportedMediaType, $"Kirim {what} sebagai multipart/form-data (satu berkas {formats}).", "unsupported_media_type"));
        }

        var form = await request.Context.Request.ReadFormAsync(request.Aborted);
        return form.Files.Count != 1 || form.Files[0].Length == 0
            ? (null, form, ApiResults.BadRequest($"Pilih satu {what} dari BPJS ({formats})."))
            : (form.Files[0], form, null);
    }
}
