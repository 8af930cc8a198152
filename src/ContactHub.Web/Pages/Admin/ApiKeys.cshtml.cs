using System.ComponentModel.DataAnnotations;
using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Organisations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Admin;

/// <summary>The organisation's API keys. A new key's secret is shown in the response that creates it and never again.</summary>
public sealed class ApiKeysModel(OrganisationService organisations, CallerContext caller, Microsoft.Extensions.Caching.Memory.IMemoryCache cache) : PageModel
{
    public IReadOnlyList<ApiKeyView> Keys { get; private set; } = [];

    public CreatedApiKey? Created { get; private set; }

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

    public async Task OnGetAsync(CancellationToken ct) => Keys = await organisations.ListApiKeysAsync(caller.RequireOrganisation(), ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        try
        {
            // Rendered, not redirected: the secret must not survive in a URL or a later page.
            Created = await organisations.CreateApiKeyAsync(caller.RequireOrganisation(), new ApiKeyRequest(Name, Clearance, MaySeeIdentityDocuments, Scopes ?? []), ct);
            Name = null;
            Scopes = null;
            ModelState.Clear();
        }
        catch (ValidationFailedException e)
        {
            ModelState.AddCoreErrors(e);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid keyId, CancellationToken ct)
    {
        var hash = await organisations.RevokeApiKeyAsync(caller.RequireOrganisation(), keyId, ct);
        cache.Remove(Access.ApiKeyAuthentication.CacheKey(hash));
        return RedirectToPage();
    }
}
