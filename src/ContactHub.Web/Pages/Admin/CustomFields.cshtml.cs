using ContactHub.CustomFields;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Web.Pages.Admin;

/// <summary>
/// The organisation's custom fields: list (archived ones too), create, archive and restore, through
/// <see cref="CustomFieldDefinitionService"/> like /api/v1/definition/custom-fields. Editing is on its own page.
/// </summary>
public sealed class CustomFieldsModel(CustomFieldDefinitionService fields) : DefinitionPageModel
{
    public IReadOnlyList<CustomFieldView> Fields { get; private set; } = [];

    // Bound into an empty form: an unticked checkbox posts nothing, so no default may survive the post.
    [BindProperty]
    public CustomFieldForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Form = CustomFieldForm.New();
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        Form.Stored = false;
        var (request, optionRows) = Form.ToRequest();
        return ChangeAsync(
            async () => Message("created", await fields.CreateAsync(request, ct)),
            () => LoadAsync(ct),
            nameof(Form),
            Form.ErrorNames(optionRows));
    }

    public Task<IActionResult> OnPostArchiveAsync(string key, CancellationToken ct) =>
        ChangeAsync(async () => Message("archived", await fields.ArchiveAsync(key, ct)), () => OnGetAsync(ct));

    public Task<IActionResult> OnPostRestoreAsync(string key, CancellationToken ct) =>
        ChangeAsync(async () => Message("restored", await fields.RestoreAsync(key, ct)), () => OnGetAsync(ct));

    private async Task LoadAsync(CancellationToken ct) => Fields = await fields.ListAsync(includeArchived: true, ct);

    /// <summary>What a change did, with the count of contacts a required field finds without a value.</summary>
    public static string Message(string what, CustomFieldView field) =>
        $"The field '{field.Name}' is {what}." + (field.ContactsWithoutValue is > 0 and var n
            ? $" {n} existing contacts have no value; they stay valid, new contacts need one."
            : string.Empty);

    public static string Places(CustomFieldView field) => field.Visibility.Count == 0 ? "—" : string.Join(", ", field.Visibility);
}
