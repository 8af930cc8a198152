namespace ContactHub.Web.Hosting;

/// <summary>
/// The headers every response carries, pages and API alike (issue 27, item 7): pages may not be framed, forms post
/// only to the app, no plugins or foreign base URL, and the MIME type is never sniffed. Kestrel's Server header is
/// switched off where the host is built. The pages hold no inline script, handler or style of their own
/// (SecurityHeadersTests), but the policy does not yet restrict script-src and style-src: the list's htmx trigger
/// filter is evaluated as code and ASP.NET's empty validation summary carries a style attribute, both of which a
/// strict policy refuses (the browser journeys fail on any refusal, so tightening it is proven when it is done).
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers.XFrameOptions = "DENY";
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000";
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
