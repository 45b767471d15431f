using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Api.Auth;
using Pipeline.Storage.Review;

namespace Pipeline.Api.Routing;

/// <summary>What a handler gets: the HTTP context, the caller, the route values, and the services.</summary>
public sealed class ApiRequest(HttpContext context, Caller caller, RouteValueDictionary values)
{
    public HttpContext Context { get; } = context;
    public Caller Caller { get; } = caller;
    public CancellationToken Aborted => Context.RequestAborted;

    public T Service<T>() where T : notnull => Context.RequestServices.GetRequiredService<T>();

    public string Route(string name) => Convert.ToString(values[name], CultureInfo.InvariantCulture) ?? "";

    public string? Query(string name) => Context.Request.Query.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString().Trim() : null;

    public int QueryInt(string name, int fallback, int min, int max) =>
        int.TryParse(Query(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? Math.Clamp(value, min, max) : fallback;

    public AuditLog.Actor Actor => new(Caller.Id, Caller.Name);
}
