using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Pipeline.Api.Routing;

/// <summary>
/// Reads a JSON request body the one way every handler does: the content type must say JSON (else 415), the body
/// is read up to a bound (else 413) before it is parsed, so a 100,000-character name is a refusal, not a 500.
/// </summary>
public static class JsonBody
{
    /// <summary>Larger than any body the API takes (a decision with its note, a role assignment).</summary>
    public const int DefaultMaxBytes = 16 * 1024;

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task<T?> ReadJsonAsync<T>(this ApiRequest request, int maxBytes = DefaultMaxBytes)
    {
        var http = request.Context.Request;
        if (!IsJson(http.ContentType))
        {
            throw new ApiRequestException(StatusCodes.Status415UnsupportedMediaType, "Isi permintaan harus JSON (Content-Type: application/json).");
        }

        if (http.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await http.Body.ReadAsync(chunk, request.Aborted)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return default;
        }

        buffer.Position = 0;
        return await JsonSerializer.DeserializeAsync<T>(buffer, Web, request.Aborted);
    }

    /// <summary>
    /// A body the caller may leave out (a note, a list's kind): nothing sent (no length, no content type) is null;
    /// anything sent is read as <see cref="ReadJsonAsync{T}"/> reads it, with its 415 and 413.
    /// </summary>
    public static Task<T?> ReadOptionalJsonAsync<T>(this ApiRequest request, int maxBytes = DefaultMaxBytes) =>
        request.Context.Request is { ContentLength: null or 0, ContentType: null or "" } ? Task.FromResult(default(T)) : request.ReadJsonAsync<T>(maxBytes);

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true);

    private static ApiRequestException TooLarge(int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"Isi permintaan terlalu besar (lebih dari {maxBytes / 1024} KB).");
}
