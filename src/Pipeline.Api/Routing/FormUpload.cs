using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Pipeline.Api.Door;
using Pipeline.Core.Model;
using Pipeline.Core.Reading;

namespace Pipeline.Api.Routing;

/// <summary>
/// Reads a file an approver sends from the page (BPJS's confirmation, BPJS's bill) the one way: <c>multipart/form-data</c>
/// with exactly one non-empty file (else 415 or 400 with what to send), and the form's other fields.
/// </summary>
/// <remarks>
/// The body is bounded by the upload limit every file is read under (<see cref="ReadingOptions.MaxUploadBytes"/>, plus
/// the multipart overhead the door allows): a larger one is answered 413 with <c>FILE_TOO_LARGE</c> before it is read
/// (a declared length) or as soon as it passes the limit (a chunked body), and a body that is not well-formed multipart
/// is a 400. Without the bound the form reader buffered up to its own 128 MB and a malformed body was a 500.
/// </remarks>
public static class FormUpload
{
    /// <param name="what">What the file is, in Indonesian ("berkas konfirmasi", "tagihan"), for the refusals.</param>
    /// <param name="formats">The formats accepted, as officials read them (".xlsx atau .csv").</param>
    /// <returns>The file and the form, or the refusal to answer with.</returns>
    public static async Task<(IFormFile? File, IFormCollection? Form, IResult? Refusal)> ReadOneFileAsync(this ApiRequest request, string what, string formats)
    {
        var http = request.Context.Request;
        if (!http.HasFormContentType)
        {
            return (null, null, ApiResults.Problem(StatusCodes.Status415UnsupportedMediaType, $"Kirim {what} sebagai multipart/form-data (satu berkas {formats}).", "unsupported_media_type"));
        }

        var limit = request.Service<ReadingOptions>().MaxUploadBytes + MultipartFile.Overhead;
        if (http.ContentLength > limit)
        {
            return (null, null, TooLarge());
        }

        if (request.Context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        IFormCollection form;
        try
        {
            form = await http.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, request.Aborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, null, TooLarge());
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException || (e is IOException && !request.Aborted.IsCancellationRequested))
        {
            // InvalidDataException: the form reader's own limits (a part over the body limit, too many or too long headers)
            // and a malformed body; IOException: a body that ends before its closing boundary.
            return (null, null, e.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase)
                ? TooLarge()
                : ApiResults.BadRequest($"Isi permintaan bukan multipart/form-data yang utuh. Pilih satu {what} dari BPJS ({formats}) lalu kirim lagi."));
        }

        return form.Files.Count != 1 || form.Files[0].Length == 0
            ? (null, form, ApiResults.BadRequest($"Pilih satu {what} dari BPJS ({formats})."))
            : (form.Files[0], form, null);
    }

    private static IResult TooLarge() =>
        ApiResults.Problem(StatusCodes.Status413PayloadTooLarge, IssueCatalog.FileTooLarge.Create().Message, IssueCatalog.FileTooLarge.Code);
}
