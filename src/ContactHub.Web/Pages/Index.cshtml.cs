using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages;

/// <summary>The back office starts at the contacts list.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect("/contacts");
}
