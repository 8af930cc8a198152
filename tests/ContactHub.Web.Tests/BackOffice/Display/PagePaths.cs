using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice.Display;

/// <summary>Every Razor page of the app as paths to request, its route values filled from samples (a new page is walked without a list to keep).</summary>
internal static partial class PagePaths
{
    public static IEnumerable<string> All(WebApplicationFactory<Program> app, params Guid[] contacts)
    {
        // A route value the samples cannot fill leaves the page out (it answers 404 and is skipped).
        var samples = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["id"] = [.. contacts.Select(c => c.ToString())], ["key"] = ["direct-marketing", "tier"], ["list"] = ["categories", string.Empty],
            ["kind"] = ["person", "company"], ["tab"] = ["links", string.Empty], ["status"] = [string.Empty],
        };
        var patterns = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => e.RoutePattern)
            .DistinctBy(p => p.RawText);
        return patterns.SelectMany(p => Fill(p, samples)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
    }

    /// <summary>What a reader sees: the text without markup, scripts or the input hints (which describe formats, not times).</summary>
    public static string VisibleText(string html) =>
        WebUtility.HtmlDecode(Tags().Replace(Hidden().Replace(html, " "), " "));

    private static IEnumerable<string> Fill(RoutePattern pattern, Dictionary<string, string[]> samples)
    {
        IEnumerable<string> paths = [string.Empty];
        foreach (var segment in pattern.PathSegments)
        {
            var part = segment.Parts.Single();
            var values = part switch
            {
                RoutePatternLiteralPart literal => [literal.Content],
                RoutePatternParameterPart parameter => samples.GetValueOrDefault(parameter.Name) ?? [],
                _ => Array.Empty<string>(),
            };
            paths = [.. paths.SelectMany(p => values.Select(v => v.Length == 0 ? p : $"{p}/{v}"))];
        }

        return paths.Select(p => p.Length == 0 ? "/" : p);
    }

    [GeneratedRegex("<script.*?</script>|<style.*?</style>|<small class=\"hint\">.*?</small>", RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
