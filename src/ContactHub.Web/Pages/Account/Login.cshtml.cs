using System.ComponentModel.DataAnnotations;
using ContactHub.Access;
using ContactHub.Web.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace ContactHub.Web.Pages.Account;

[EnableRateLimiting(BackOfficeAccess.LoginRateLimit)]
public sealed class LoginModel(OperatorSignIn signIn) : PageModel
{
    [BindProperty]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    [BindProperty]
    [Display(Name = "Password")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await signIn.SignInAsync(Email, Password, ct);
        if (result is { Status: SignInStatus.Succeeded, Operator: { } account })
        {
            await HttpContext.SignInAsync(BackOfficeAccess.Scheme, BackOfficeAccess.PrincipalFor(account));
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/contacts");
        }

        // One message for an unknown e-mail and a wrong password, so the form does not reveal who has an account.
        ModelState.AddModelError(string.Empty, result.Status == SignInStatus.LockedOut
            ? $"Too many failed attempts: this account is locked for {OperatorSignIn.LockoutDuration.TotalMinutes:0} minutes."
            : "The e-mail or the password is wrong.");
        Password = null;
        return Page();
    }
}
