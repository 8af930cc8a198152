using ContactHub.Consent;
using ContactHub.Definitions;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Web.Pages.Admin;

/// <summary>The consent purposes with their versioned texts, and a new purpose, through <see cref="ConsentDefinitionService"/>.</summary>
public sealed class ConsentPurposesModel(ConsentDefinitionService consent) : DefinitionPageModel
{
    public IReadOnlyList<ConsentPurposeView> Purposes { get; private set; } = [];

    [BindProperty]
    public ConsentPurposeForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Purposes = await consent.PurposesAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var request = new ConsentPurposeRequest(Form.Key, Form.Name, Form.Kind, SplitList(Form.Partners), Form.GrantedByDefault,
            string.IsNullOrWhiteSpace(Form.Language) && string.IsNullOrWhiteSpace(Form.Text) ? null : new ConsentTextRequest(Form.Language, Form.Text));
        return ChangeAsync(
            async () => $"The consent purpose '{(await consent.CreatePurposeAsync(request, ct)).Name}' is created.",
            () => OnGetAsync(ct),
            nameof(Form),
            ConsentPurposeForm.ErrorName);
    }

    /// <summary>The newest version of each language, e.g. "en v2, de v1".</summary>
    public static string LatestTexts(ConsentPurposeView purpose) =>
        string.Join(", ", purpose.Texts.GroupBy(t => t.Language).Select(g => $"{g.Key} v{g.Max(t => t.Version)}"));
}
