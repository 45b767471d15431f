using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace Pipeline.Api.Routing;

/// <summary>
/// One entry of the route table: method, path template, who may call it, and the handler.
/// </summary>
/// <param name="Roles">null = anyone (the page, sign-in settings); empty = any signed-in caller; else one of these roles.</param>
public sealed record ApiRoute(string Method, string Template, string[]? Roles, Func<ApiRequest, Task<IResult>> Handler)
{
    private readonly TemplateMatcher _matcher = new(TemplateParser.Parse(Template), new RouteValueDictionary());

    public bool TryMatch(PathString path, out RouteValueDictionary values)
    {
        values = new RouteValueDictionary();
        return _matcher.TryMatch(path, values);
    }
}
