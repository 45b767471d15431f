using Microsoft.AspNetCore.Http;

namespace Pipeline.Api.Routing;

/// <summary>
/// The API's answers: JSON bodies, and errors as RFC 9457 problem details with an Indonesian <c>detail</c> the
/// page shows as it is.
/// </summary>
public static class ApiResults
{
    public static IResult Ok(object value) => Results.Json(value, statusCode: 200);

    public static IResult Problem(int status, string detail, string? code = null) =>
        Results.Problem(detail: detail, statusCode: status, title: code ?? TitleOf(status));

    public static IResult BadRequest(string detail) => Problem(400, detail, "bad_request");
    public static IResult Unauthorized() => Problem(401, "Silakan masuk terlebih dahulu.", "unauthenticated");
    public static IResult Forbidden(string detail) => Problem(403, detail, "forbidden");
    public static IResult NotFound(string detail) => Problem(404, detail, "not_found");
    public static IResult Conflict(string detail) => Problem(409, detail, "conflict");

    private static string TitleOf(int status) => status switch
    {
        400 => "bad_request",
        401 => "unauthenticated",
        403 => "forbidden",
        404 => "not_found",
        405 => "method_not_allowed",
        409 => "conflict",
        412 => "precondition_failed",
        413 => "payload_too_large",
        415 => "unsupported_media_type",
        501 => "not_implemented",
        _ => "error",
    };
}
