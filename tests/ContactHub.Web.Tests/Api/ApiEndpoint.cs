using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using ContactHub.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.Api;

/// <summary>
/// One endpoint under /api/v1 as the app maps it, for the tests that prove a rule over every endpoint (not a list
/// kept by hand): its method, route, a URL with the route values filled in, who may call it and what it accepts (a body declared with Accepts).
/// </summary>
internal sealed partial record ApiEndpoint(string Method, string Route, string Url, bool System, bool Organisation, string? Scope, string ContentType, bool AcceptsBody)
{
    /// <summary>The route as the OpenAPI document writes it: no constraints, no trailing slash.</summary>
    public string Template => Constraint().Replace(Route, "}").TrimEnd('/');

    public static List<ApiEndpoint> All(IServiceProvider services) =>
    [
        .. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(method => new ApiEndpoint(
                method,
                e.RoutePattern.RawText!,
                RouteParameter().Replace(e.RoutePattern.RawText!, m => m.Groups["guid"].Success ? Guid.NewGuid().ToString() : "sample"),
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == AccessPolicies.System),
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == AccessPolicies.Organisation),
                e.Metadata.GetMetadata<RequiredScope>()?.Scope,
                e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.FirstOrDefault() ?? "application/json",
                e.Metadata.GetMetadata<IAcceptsMetadata>() is not null))),
    ];

    /// <summary>A request to <paramref name="url"/> (this endpoint's own by default) with a body of the type it accepts: routing refuses any other with 415 before the endpoint runs.</summary>
    public HttpRequestMessage Request(string? url = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), url ?? Url);
        if (Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(ContentType);
        }

        return request;
    }

    [GeneratedRegex(@"\{[^}:]+(?<guid>:guid)?[^}]*\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@":[^}]*\}")]
    private static partial Regex Constraint();
}
