using System.Text.Encodings.Web;
using System.Text.Unicode;
using ContactHub.Contacts.Statistics;
using ContactHub.Web.Access;
using ContactHub.Web.Pages;
using Microsoft.Extensions.WebEncoders;

namespace ContactHub.Web.Hosting;

/// <summary>The back office: Razor Pages behind the operator cookie, role-gated by folder.</summary>
public static class BackOffice
{
    public static IServiceCollection AddBackOffice(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBackOfficeAccess(configuration);

        // Pages are UTF-8: names like "Zoë Müller" are written as they are, not as numeric character references.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/", BackOfficeAccess.Viewer);
            o.Conventions.AuthorizeFolder("/Admin", BackOfficeAccess.Administrator);
            o.Conventions.AllowAnonymousToFolder("/Account");
            o.Conventions.ConfigureFilter(new NotFoundFilter());
        }).AddMvcOptions(o => o.Filters.Add<Pages.Display.OperatorClockFilter>());
        services.AddScoped<Pages.Display.OperatorClock>();
        services.AddScoped<Pages.Contacts.ContactFormSetup>();
        services.AddScoped<Pages.Contacts.ContactReachability>();
        // Registered after the core's default, so it is the one resolved.
        services.AddSingleton(new DashboardOptions(
            TimeSpan.FromMilliseconds(configuration.GetValue("ContactHub:Dashboard:LiveBelowMilliseconds", DashboardOptions.Default.LiveBelow.TotalMilliseconds)),
            TimeSpan.FromMinutes(configuration.GetValue("ContactHub:Dashboard:MaxAgeMinutes", DashboardOptions.Default.MaxAge.TotalMinutes))));
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
