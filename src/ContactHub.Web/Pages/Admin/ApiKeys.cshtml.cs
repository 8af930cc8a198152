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

    /// <summary>The clearances the administrator may give a key: up to its own.</summary>
    public IEnumerable<string> GrantableClearances => Grants.ClearancesFor(caller.Current).Select(c => c.ToString());

    /// <summary>Unmasked identity documents can be granted only by one who sees them unmasked.</summary>
    public bool MayGrantIdentityDocuments => caller.Current.MaySeeIdentityDocuments;

    [BindProperty]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [BindProperty]
    [Display(Name = "Clearance")]
    public Clearance? Clearance { get; set; } = ContactHub.Access.Clearance.Free;

    [BindProperty]
    [Display(Name = "May read identity documents unmasked")]
    public bool MaySeeIdentityDocuments { get; set; }

    /// <summary>The ticked scopes; null when none was ticked (a form posts nothing for an empty checkbox group).</summary>
    [BindProperty]
    public List<string>? Scopes { get; set; }

    /// <summary>The scope checkboxes: every scope ticked on a new form, as last posted after a refusal.</summary>
    public CheckboxGroup ScopeChoices => new(nameof(Scopes), "Scopes", [.. ApiScopes.All.Select(s => (s, s))], Scopes ?? (Request.HasFormContentType ? [] : ApiScopes.All));

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
            // Post/redirect/get: a reload must not create a second key. The secret crosses the redirect in TempData
            // (the protected cookie, read once), never in the URL.
            var created = await organisations.CreateApiKeyAsync(caller.RequireOrganisation(), new ApiKeyRequest(Name, Clearance, MaySeeIdentityDocuments, Scopes ?? []), ct);
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
