using Microsoft.AspNetCore.Diagnostics;

namespace ContactHub.Web.Hosting;

/// <summary>
/// How a failed request is answered: the API (and any client asking for JSON) gets RFC 9457 problem details, the back
/// office a page people can read (<see cref="Pages.ErrorModel"/>). <see cref="WantsProblemDetails"/> is the one decision;
/// exceptions go through <see cref="Api.ProblemMapping"/> (the one exception handler) and empty error statuses (404 of an
/// unknown path or a missing contact, 403 of a refused role) through the status code pages.
/// </summary>
public static class ErrorResponses
{
    public const string PagePath = "/error";

    /// <summary>The API, the OpenAPI document and the health checks, or a client that asks for JSON and not for HTML.</summary>
    public static bool WantsProblemDetails(HttpContext context)
    {
        // While the exception handler runs, the request's path is already the error page's; the feature keeps the original.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path is { } original ? new PathString(original) : context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/health"))
        {
            return true;
        }

        var accept = context.Request.GetTypedHeaders().Accept;
        return accept.Count > 0
            && accept.Any(a => a.MediaType.Value is "application/json" or "application/problem+json")
            && !accept.Any(a => a.MediaType.Value is "text/html");
    }

    public static WebApplication UseErrorResponses(this WebApplication app)
    {
        // A back-office failure re-executes the error page; ProblemMapping answers the API itself. The page may answer 404.
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = PagePath, AllowStatusCode404Response = true });
        // An empty error status: the inner middleware gives the API its problem details; a page request's response stays
        // empty, so the outer one re-executes the error page for it. (Both at the top: a branch of the pipeline would
        // re-execute without routing, and the error page would not be found.)
        app.UseStatusCodePagesWithReExecute(PagePath + "/{0}");
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (WantsProblemDetails(http))
            {
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(
                    new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = http.Response.StatusCode } });
            }
        });
        return app;
    }
}
