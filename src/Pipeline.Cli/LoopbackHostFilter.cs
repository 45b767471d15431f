using Microsoft.AspNetCore.Http;

namespace Pipeline.Cli;

/// <summary>
/// <c>serve</c> answers only requests addressed to itself by a loopback name (<c>127.0.0.1:port</c>,
/// <c>localhost:port</c>, <c>[::1]:port</c>): a page the browser visits cannot reach the server through a name of its
/// own that it made resolve to 127.0.0.1 (DNS rebinding), so it cannot use the development sign-in or the API.
/// </summary>
public static class LoopbackHostFilter
{
    private static readonly string[] LoopbackNames = ["127.0.0.1", "localhost", "[::1]"];

    public static bool IsAllowed(HostString host, int localPort) =>
        host.HasValue && host.Port == localPort && LoopbackNames.Contains(host.Host, StringComparer.OrdinalIgnoreCase);

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!IsAllowed(context.Request.Host, context.Connection.LocalPort))
        {
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            await context.Response.WriteAsJsonAsync(new
            {
                title = "misdirected_request",
                status = 421,
                detail = "Server lokal ini hanya menjawab alamat http://127.0.0.1 atau http://localhost dengan port-nya.",
            });
            return;
        }

        await next(context);
    }
}
