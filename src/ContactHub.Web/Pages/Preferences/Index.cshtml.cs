using System.ComponentModel.DataAnnotations;
using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Web.Pages.Display;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Preferences;

/// <summary>
/// The signed-in operator's own preferences: the time zone (blank: the organisation's) and the culture dates and times
/// are written in, through <see cref="OperatorPreferenceService"/>. Every role may set their own.
/// </summary>
public sealed class IndexModel(OperatorPreferenceService preferences, OperatorClock clock, TimeProvider time) : PageModel
{
    [BindProperty]
    [Display(Name = "Time zone")]
    public string? TimeZone { get; set; }

    [BindProperty]
    [Display(Name = "Dates and times written as")]
    public string? Culture { get; set; }

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The organisation's zone first (the default), then every zone the machine knows.</summary>
    public IReadOnlyList<(string Value, string Label)> Zones =>
        [(string.Empty, $"The organisation's ({clock.Preferences.OrganisationTimeZone})"), .. DisplayZone.All.Select(z => (z, z))];

    public IReadOnlyList<(string Value, string Label)> Cultures => [.. DisplayCulture.All.Select(c => (c.Name ?? string.Empty, c.Label))];

    public void OnGet()
    {
        TimeZone = clock.Preferences.OwnTimeZone;
        Culture = clock.Preferences.Culture.Name;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await preferences.SetDisplayAsync(new OperatorDisplayRequest(TimeZone, Culture), ct);
            return this.RedirectToPageWithMessage("Preferences saved.");
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddCoreErrors(e);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
    }
}
