using ContactHub.Web.Access;

namespace ContactHub.Web.Hosting;

/// <summary>The back office: Razor Pages behind the operator cookie, role-gated by folder.</summary>
public static class BackOffice
{
    public static IServiceCollection AddBackOffice(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBackOfficeAccess(configuration);
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/", BackOfficeAccess.Viewer);
            o.Conventions.AuthorizeFolder("/Admin", BackOfficeAccess.Administrator);
            o.Conventions.AllowAnonymousToFolder("/Account");
        });
        return services;
    }

    /// <summary>Call before authentication, so refused login attempts cost no password hashing.</summary>
    public static IApplicationBuilder UseBackOffice(this IApplicationBuilder app) => app.UseRateLimiter();

    public static IEndpointRouteBuilder MapBackOffice(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        return endpoints;
    }
}
