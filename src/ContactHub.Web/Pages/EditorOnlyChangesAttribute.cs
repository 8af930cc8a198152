using ContactHub.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ContactHub.Web.Pages;

/// <summary>
/// On a page every reader may open, only operators and administrators may post: a viewer's POST is refused
/// before any handler runs (Razor Pages cannot put a policy on one handler).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class EditorOnlyChangesAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            var authorization = context.HttpContext.RequestServices.GetRequiredService<IAuthorizationService>();
            if (!(await authorization.AuthorizeAsync(context.HttpContext.User, BackOfficeAccess.Editor)).Succeeded)
            {
                context.Result = new ForbidResult(BackOfficeAccess.Scheme);
                return;
            }
        }

        await next();
    }
}
