using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;

namespace ContactHub.Browser.Tests.Accessibility;

/// <summary>
/// Which Razor pages the app has, and which of them served the requests of one tour. Both answers come from the app's
/// own routing (its endpoints, and the endpoint each request was routed to), so a page added tomorrow is a page the
/// tour must visit, and a URL the tour visits counts for the page that really answered it.
/// </summary>
public sealed class PageRecorder
{
    /// <summary>The request header naming the tour; requests without it (every other test) are not recorded.</summary>
    public const string Header = "X-ContactHub-Tour";

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, bool>> _served = new(StringComparer.Ordinal);

    /// <summary>Every Razor page of the app, by its path under Pages/ (e.g. "/Contacts/Details").</summary>
    public static IReadOnlySet<string> AllPages(EndpointDataSource endpoints) =>
        endpoints.Endpoints
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

    public IReadOnlySet<string> ServedTo(string tour) =>
        _served.TryGetValue(tour, out var pages) ? pages.Keys.ToHashSet(StringComparer.Ordinal) : new HashSet<string>();

    private void Record(HttpContext context)
    {
        if (context.Request.Headers[Header] is [{ Length: > 0 } tour]
            && context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
        {
            _served.GetOrAdd(tour, _ => new(StringComparer.Ordinal))[page.ViewEnginePath] = true;
        }
    }

    /// <summary>Wraps the app's whole pipeline, so the endpoint routing chose is known once the response is done.</summary>
    public sealed class Filter(PageRecorder recorder) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, inner) =>
            {
                await inner(context);
                recorder.Record(context);
            });
            next(app);
        };
    }
}
