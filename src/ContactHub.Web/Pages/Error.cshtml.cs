using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages;

/// <summary>
/// The back office's answer to a failed request (re-executed by <see cref="Hosting.ErrorResponses"/>): a page people can
/// read for the status the request ended with. It never shows the exception, in any environment: the log has it,
/// and the page names the request id to quote.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public string RequestId { get; private set; } = string.Empty;

    public (string Title, string Message) Text => Status switch
    {
        StatusCodes.Status403Forbidden => ("Not allowed", "Your role does not allow this page or action. Ask an administrator if you need it."),
        StatusCodes.Status404NotFound => ("Not found", "This page does not exist, or what it shows was deleted or is not visible to you."),
        >= 500 => ("Something went wrong", "The request failed on our side and was logged. Try again; if it keeps failing, give the request id below to your administrator."),
        _ => ("The request could not be answered", "Go back and try again."),
    };

    // Any method: a failed POST is re-executed here as a POST.
    public void OnGet(int? status) => Read(status);

    public void OnPost(int? status) => Read(status);

    private void Read(int? status)
    {
        // A re-executed exception keeps the status the exception handler chose; a status code page passes it in the path.
        Status = status ?? Response.StatusCode;
        Response.StatusCode = Status;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        Response.Headers.CacheControl = "no-store";
    }
}
