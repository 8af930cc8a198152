using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Admin;

/// <summary><c>/admin</c>, the address the README and the menu name: the administration starts at its first tab.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect(AdminSections.Start);
}
