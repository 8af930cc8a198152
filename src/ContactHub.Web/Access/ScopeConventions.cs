namespace ContactHub.Web.Access;

/// <summary>How endpoints and groups declare the <see cref="RequiredScope"/> an API key needs.</summary>
public static class ScopeConventions
{
    /// <summary>This endpoint, or every endpoint of this group, needs <paramref name="scope"/>.</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequiredScope(scope));

    /// <summary>
    /// Every endpoint of the group that declares no scope of its own needs <paramref name="read"/> for GET and
    /// <paramref name="write"/> for any other method.
    /// </summary>
    public static RouteGroupBuilder RequireScopes(this RouteGroupBuilder group, string read, string write)
    {
        ((IEndpointConventionBuilder)group).Add(endpoint =>
        {
            if (!endpoint.Metadata.OfType<RequiredScope>().Any())
            {
                var methods = endpoint.Metadata.OfType<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>().LastOrDefault()?.HttpMethods ?? [];
                endpoint.Metadata.Add(new RequiredScope(methods.Count > 0 && methods.All(HttpMethods.IsGet) ? read : write));
            }
        });
        return group;
    }
}
