using System.Collections.Frozen;
using System.IO.Pipelines;
using System.Reflection;
using System.Security.Claims;
using ContactHub.Common;
using Microsoft.AspNetCore.Http.Metadata;

namespace ContactHub.Web.Api;

/// <summary>
/// Declares that an endpoint reads query parameters starting with <see cref="Prefix"/> itself (<c>custom.&lt;key&gt;</c>
/// filters), names no parameter can list. The prefix is matched case-sensitively, as the endpoint reads it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class AcceptsQueryPrefixAttribute(string prefix) : Attribute
{
    public string Prefix { get; } = prefix;
}

/// <summary>
/// The query parameters an endpoint reads, derived from its handler the way minimal APIs bind it: simple parameters
/// (strings, numbers, enums, anything with a <c>TryParse</c>) that are not route values, <c>[FromQuery]</c> parameters
/// under their <c>Name</c>, and the properties of an <c>[AsParameters]</c> record alike; parameters from the route,
/// body, headers, form or services, and the framework's own types (<see cref="HttpRequest"/>, <see cref="CancellationToken"/>,
/// …) are not query parameters. Names compare case-insensitively, as the framework binds them.
/// </summary>
public sealed class KnownQueryParameters
{
    private static readonly FrozenSet<Type> FrameworkTypes = new[]
    {
        typeof(HttpContext), typeof(HttpRequest), typeof(HttpResponse), typeof(CancellationToken), typeof(ClaimsPrincipal),
        typeof(IFormFile), typeof(IFormFileCollection), typeof(IFormCollection), typeof(Stream), typeof(PipeReader),
    }.ToFrozenSet();

    private readonly FrozenSet<string> _names;
    private readonly IReadOnlyList<string> _prefixes;

    private KnownQueryParameters(IEnumerable<string> names, IEnumerable<string> prefixes)
    {
        _names = names.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _prefixes = [.. prefixes];
    }

    /// <summary>The names as declared (for messages), route values included until a request tells them apart.</summary>
    public IReadOnlyCollection<string> Names => _names;

    public static KnownQueryParameters Of(MethodInfo handler, IServiceProviderIsService? services)
    {
        var names = new List<string>();
        foreach (var parameter in handler.GetParameters())
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                names.AddRange(PropertiesOf(parameter.ParameterType).Select(p => QueryName(p.Name, p.Type, p.Attributes, services)).OfType<string>());
            }
            else if (parameter.Name is { } name)
            {
                names.AddRange(QueryName(name, parameter.ParameterType, parameter.GetCustomAttributes(inherit: true), services) is { } queryName ? [queryName] : []);
            }
        }

        return new KnownQueryParameters(names, handler.GetCustomAttributes<AcceptsQueryPrefixAttribute>().Select(a => a.Prefix));
    }

    /// <summary>The request's query parameters this endpoint does not read (a name that is a route value is not read from the query).</summary>
    public IReadOnlyList<string> UnknownIn(HttpRequest request) =>
        [.. request.Query.Keys.Where(key => key.Length > 0 && !Reads(key, request.RouteValues))];

    /// <summary>What the endpoint does read, for the message that refuses the rest.</summary>
    public string Describe(RouteValueDictionary routeValues)
    {
        var names = _names.Where(n => !routeValues.ContainsKey(n)).Order(StringComparer.OrdinalIgnoreCase).Concat(_prefixes.Select(p => p + "*")).ToList();
        return names.Count == 0 ? "This endpoint takes no query parameters." : $"Not a query parameter of this endpoint; it reads: {string.Join(", ", names)}.";
    }

    private bool Reads(string key, RouteValueDictionary routeValues) =>
        (_names.Contains(key) && !routeValues.ContainsKey(key)) || _prefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal));

    private static string? QueryName(string name, Type type, IReadOnlyList<object> attributes, IServiceProviderIsService? services)
    {
        if (attributes.OfType<IFromQueryMetadata>().FirstOrDefault() is { } fromQuery)
        {
            return fromQuery.Name ?? name;
        }

        var elsewhere = attributes.Any(a => a is IFromRouteMetadata or IFromBodyMetadata or IFromHeaderMetadata or IFromFormMetadata
            or IFromServiceMetadata or FromKeyedServicesAttribute);
        return elsewhere || FrameworkTypes.Contains(type) || services?.IsService(type) == true || !IsSimple(type) ? null : name;
    }

    // What minimal APIs bind from a single string (route or query); anything else is a body or a service.
    private static bool IsSimple(Type type)
    {
        var element = type.IsArray ? type.GetElementType()! : type;
        element = Nullable.GetUnderlyingType(element) ?? element;
        return element == typeof(string) || element.IsEnum || element == typeof(Microsoft.Extensions.Primitives.StringValues)
            || element.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), element.MakeByRefType()]) is not null
            || element.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider), element.MakeByRefType()]) is not null;
    }

    // An [AsParameters] type binds its constructor's parameters and its settable properties; a property's attributes
    // count, and so do those of the constructor parameter of the same name.
    private static IEnumerable<(string Name, Type Type, IReadOnlyList<object> Attributes)> PropertiesOf(Type type)
    {
        var constructorParameters = type.GetConstructors().SingleOrDefault(c => c.GetParameters().Length > 0)?.GetParameters() ?? [];
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var fromConstructor = constructorParameters.FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            if (property.SetMethod is { IsPublic: true } || fromConstructor is not null)
            {
                yield return (property.Name, property.PropertyType,
                    [.. property.GetCustomAttributes(inherit: true), .. fromConstructor?.GetCustomAttributes(inherit: true) ?? []]);
            }
        }
    }
}

/// <summary>Adds the check of the query string to every endpoint of a group.</summary>
public static class QueryParameterCheck
{
    /// <summary>
    /// Every endpoint of the group refuses a query parameter it does not read (400, field errors under each name), so a
    /// misspelt or unsupported filter is never answered by the unfiltered list. The names are derived from each
    /// handler once, when the endpoint is built (<see cref="KnownQueryParameters"/>).
    /// </summary>
    public static TBuilder RefuseUnknownQueryParameters<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((context, next) =>
        {
            var known = KnownQueryParameters.Of(context.MethodInfo, context.ApplicationServices.GetService<IServiceProviderIsService>());
            return invocation =>
            {
                var request = invocation.HttpContext.Request;
                var unknown = known.UnknownIn(request);
                if (unknown.Count == 0)
                {
                    return next(invocation);
                }

                var message = known.Describe(request.RouteValues);
                throw new UnknownQueryParameterException(unknown.ToDictionary(name => name, _ => new[] { message }, StringComparer.Ordinal));
            };
        });
}
