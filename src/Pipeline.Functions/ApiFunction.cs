using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Api.Routing;

namespace Pipeline.Functions;

/// <summary>
/// The admin API and its page: one catch-all HTTP trigger that hands the request to the dispatcher, so the
/// route table in <see cref="ApiRouteTable"/> is the only one (the CLI's <c>serve</c> runs the same
/// dispatcher). Anonymous at the Functions level on purpose: the app validates Entra ID bearer tokens itself,
/// route by route. <c>host.json</c> sets the route prefix to empty so the page lives at the site root.
/// </summary>
public sealed class ApiFunction(ApiDispatcher dispatcher)
{
    [Function("Api")]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "post", "put", "delete", Route = "{*path}")] HttpRequest request) =>
        new DispatchedResult(dispatcher);

    /// <summary>Lets the ASP.NET Core integration run the dispatcher against the real HttpContext.</summary>
    private sealed class DispatchedResult(ApiDispatcher dispatcher) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => dispatcher.DispatchAsync(context.HttpContext);
    }
}
