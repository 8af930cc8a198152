using System.Reflection;
using ContactHub.Web.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.Api;

/// <summary>How the query names of an endpoint follow from its handler, as minimal APIs bind it.</summary>
public sealed class KnownQueryParametersTests
{
    [Fact]
    public void Names_AreTheSimpleAndQueryParameters_AndTheAsParametersProperties_UnderTheirQueryNames()
    {
        var known = KnownQueryParameters.Of(Method(nameof(Handler)), new Services());

        Assert.Equal(["f-one", "Limit", "plain", "renamed", "routed", "WithConstructor"], known.Names.Order(StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void UnknownIn_NamesWhatTheEndpointDoesNotRead_AndRouteValues_AndPrefixesAsWritten()
    {
        var known = KnownQueryParameters.Of(Method(nameof(Handler)), new Services());
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString("?RENAMED=1&original=2&f-one=3&limit=4&routed=5&token=6&custom.size=7&Custom.size=8&readOnly=9&=10");
        context.Request.RouteValues = new RouteValueDictionary { ["routed"] = "x" };

        Assert.Equal(["original", "routed", "token", "Custom.size", "readOnly"], known.UnknownIn(context.Request));
        Assert.Equal("Not a query parameter of this endpoint; it reads: f-one, Limit, plain, renamed, WithConstructor, custom.*.", known.Describe(context.Request.RouteValues));
    }

    [Fact]
    public void AHandlerWithoutQueryParameters_ReadsNone()
    {
        var known = KnownQueryParameters.Of(Method(nameof(NoQuery)), new Services());
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString("?id=1");
        context.Request.RouteValues = new RouteValueDictionary { ["id"] = "1" };

        Assert.Equal(["id"], known.UnknownIn(context.Request));
        Assert.Equal("This endpoint takes no query parameters.", known.Describe(context.Request.RouteValues));
    }

    private static MethodInfo Method(string name) => typeof(KnownQueryParametersTests).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!;

    [AcceptsQueryPrefix("custom.")]
    private static void Handler(
        [FromQuery(Name = "renamed")] string? original, int? plain, Guid routed, [FromRoute] string? fromRoute, [FromHeader] string? header,
        [FromServices] TimeProvider clock, Services service, [FromKeyedServices("k")] object keyed, HttpRequest request, CancellationToken ct,
        [AsParameters] Filters filters, Payload body)
    {
    }

    private static void NoQuery(Guid id, HttpContext context, Services service, CancellationToken ct)
    {
    }

    private sealed record Filters(int WithConstructor)
    {
        [FromQuery(Name = "f-one")]
        public string? One { get; init; }

        public int? Limit { get; set; }

        public string? ReadOnly => null;

        [FromHeader(Name = "token")]
        public string? Token { get; init; }
    }

    private sealed record Payload(string Name);

    private sealed class Services : IServiceProviderIsService
    {
        public bool IsService(Type serviceType) => serviceType == typeof(Services) || serviceType == typeof(TimeProvider);
    }
}
