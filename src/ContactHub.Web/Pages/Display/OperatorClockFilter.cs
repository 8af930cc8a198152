using ContactHub.Access;
using ContactHub.Web.Access;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ContactHub.Web.Pages.Display;

/// <summary>
/// Before a page handler runs, gives the request's <see cref="OperatorClock"/> the signed-in operator's preferences
/// (one read), so handlers and views format times alike. Anonymous pages keep UTC and ISO 8601.
/// </summary>
public sealed class OperatorClockFilter(OperatorClock clock, OperatorPreferenceService preferences) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HttpContext.User.HasClaim(c => c.Type == BackOfficeAccess.OperatorIdClaim))
        {
            clock.Use(await preferences.CurrentAsync(context.HttpContext.RequestAborted));
        }

        await next();
    }
}
