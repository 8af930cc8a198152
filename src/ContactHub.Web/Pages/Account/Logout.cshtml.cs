using ContactHub.Web.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Account;

/// <summary>Logging out is a POST (with the anti-forgery token), so a link on another site cannot end a session.</summary>
public sealed class LogoutModel : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(BackOfficeAccess.Scheme);
        return RedirectToPage();
    }
}
