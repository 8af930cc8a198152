using System.ComponentModel.DataAnnotations;
using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Admin;

/// <summary>
/// The organisation's API keys. Creating one redirects (post/redirect/get: a reload does not create a second key); the
/// new key's secret rides along in TempData — a data-protected cookie read once and then deleted — so the page after
/// the redirect shows it once and never again.
/// </summary>
public sealed class ApiKeysModel(OrganisationService organisations, CallerContext caller, Microsoft.Extensions.Caching.Memory.IMemoryCache cache) : PageModel
{
    public IReadOnlyList<ApiKeyView> Keys { get; private set; } = [];

    /// <summary>The key just created, read once from TempData: its name and its secret.</summary>
    public (string Name, string Key)? Created { get; private set; }

    [TempData]
    public string? CreatedName { get; set; }

    [TempData]
    public string? CreatedKey { get; set; }

    [BindProperty]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [BindProperty]
    [Display(Name = "Clearance")]
    public Clearance? Clearance { get; set; } = ContactHub.Access.Clearance.Free;

    [BindProperty]
    [Display(Name = "May read identity documents unmasked")]
    public bool MaySeeIdentityDocuments { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (CreatedName is { } name && CreatedKey is { } key)
        {
            Created = (name, key);
        }

        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        try
        {
            var created = await organisations.CreateApiKeyAsync(caller.RequireOrganisation(), new ApiKeyRequest(Name, Clearance, MaySeeIdentityDocuments), ct);
            (CreatedName, CreatedKey) = (created.Name, created.Key);
            return RedirectToPage();
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddCoreErrors(e);
        }

        await LoadAsync(ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid keyId, CancellationToken ct)
    {
        var hash = await organisations.RevokeApiKeyAsync(caller.RequireOrganisation(), keyId, ct);
        cache.Remove(Access.ApiKeyAuthentication.CacheKey(hash));
        return this.RedirectToPageWithMessage("The key was revoked.");
    }

    private async Task LoadAsync(CancellationToken ct) => Keys = await organisations.ListApiKeysAsync(caller.RequireOrganisation(), ct);
}
