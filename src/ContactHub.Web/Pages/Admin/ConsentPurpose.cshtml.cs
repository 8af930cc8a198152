using ContactHub.Common;
using ContactHub.Consent;
using ContactHub.Definitions;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Web.Pages.Admin;

/// <summary>One consent purpose: change its name, partners and default; add a new version of a text.</summary>
public sealed class ConsentPurposeModel(ConsentDefinitionService consent) : DefinitionPageModel
{
    public ConsentPurposeView Purpose { get; private set; } = null!;

    [BindProperty]
    public ConsentPurposeForm Form { get; set; } = new();

    [BindProperty]
    public ConsentTextForm NewText { get; set; } = new();

    public async Task OnGetAsync(string key, CancellationToken ct)
    {
        await LoadAsync(key, ct);
        Form = new ConsentPurposeForm { Name = Purpose.Name, Partners = string.Join(", ", Purpose.Partners), GrantedByDefault = Purpose.GrantedByDefault };
    }

    public Task<IActionResult> OnPostAsync(string key, CancellationToken ct) => ChangeAsync(
        async () =>
        {
            var request = new ConsentPurposeRequest(null, Form.Name, null, SplitList(Form.Partners), Form.GrantedByDefault, null);
            return $"The consent purpose '{(await consent.UpdatePurposeAsync(key, request, ct)).Name}' is saved.";
        },
        () => LoadAsync(key, ct),
        nameof(Form));

    public Task<IActionResult> OnPostTextAsync(string key, CancellationToken ct) => ChangeAsync(
        async () =>
        {
            var text = await consent.AddTextAsync(key, new ConsentTextRequest(NewText.Language, NewText.Text), ct);
            return $"Version {text.Version} of the {text.Language} text is added.";
        },
        async () => { var posted = NewText; await OnGetAsync(key, ct); NewText = posted; },
        nameof(NewText));

    private async Task LoadAsync(string key, CancellationToken ct) =>
        Purpose = (await consent.PurposesAsync(ct)).FirstOrDefault(p => p.Key == key) ?? throw new NotFoundException("The consent purpose");
}
