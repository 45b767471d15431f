using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Pipeline.Api.Door;

/// <summary>
/// The first file of a <c>multipart/form-data</c> body, handed on as the stream it arrives in: nothing is buffered,
/// so the receiver decides how much to read (the door spools up to its limit and stops).
/// </summary>
public static class MultipartFile
{
    /// <summary>
    /// Bytes a multipart body may carry beyond its file: boundaries, part headers, a field or two. Generous (1 MiB), so
    /// that the receiver's own limit, not this one, is what a file over the limit meets.
    /// </summary>
    public const long Overhead = 1024 * 1024;

    /// <summary>
    /// Calls <paramref name="receive"/> with the first file part's name (as the browser sent it) and content; null when
    /// the body is not multipart or holds no file.
    /// </summary>
    public static async Task<T?> ReceiveAsync<T>(HttpRequest request, long maxFileBytes, Func<string?, Stream, Task<T>> receive, CancellationToken cancellationToken)
        where T : class
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !string.Equals(type.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 200)
        {
            return null;
        }

        // A field that is not the file may not be large either; the file itself is cut by the receiver at its limit.
        var reader = new MultipartReader(boundary, request.Body) { HeadersCountLimit = 16, HeadersLengthLimit = 16 * 1024, BodyLengthLimit = maxFileBytes + Overhead };
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
                {
                    var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                    return await receive(name, section.Body);
                }
            }
        }
        catch (InvalidDataException)
        {
            // A malformed body (no closing boundary, oversized headers or fields): as if no file came.
        }

        return null;
    }
}
