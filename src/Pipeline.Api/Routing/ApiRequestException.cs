namespace Pipeline.Api.Routing;

/// <summary>
/// A request the API refuses for its form (a body that is not JSON, too large), thrown where the body is read and
/// answered by <see cref="ApiDispatcher"/> with the status and the Indonesian detail: never a 500, never a stack trace.
/// </summary>
public sealed class ApiRequestException(int status, string detail) : Exception(detail)
{
    public int Status { get; } = status;
}
