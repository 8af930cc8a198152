using ContactHub.CustomFields;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Web.Pages.Admin;

/// <summary>Edits one custom field: name, options (added or relabelled, never removed), required, where it shows, sort order.</summary>
public sealed class CustomFieldModel(CustomFieldDefinitionService fields) : DefinitionPageModel
{
    public CustomFieldView Field { get; private set; } = null!;

    [BindProperty]
    public CustomFieldForm Form { get; set; } = new();

    public async Task OnGetAsync(string key, CancellationToken ct)
    {
        Field = await fields.GetAsync(key, ct);
        Form = CustomFieldForm.From(Field);
    }

    public async Task<IActionResult> OnPostAsync(string key, CancellationToken ct)
    {
        Field = await fields.GetAsync(key, ct);
        (Form.Stored, Form.Key, Form.Type, Form.AppliesTo) = (true, Field.Key, Field.Type, Field.AppliesTo);
        var (request, optionRows) = Form.ToRequest();
        HashSet<string> present = ["name", "required", "visibility", "sortOrder"];
        if (Field.Type == CustomFieldType.Choice)
        {
            present.Add("options");
        }

        return await ChangeAsync(
            async () => CustomFieldsModel.Message("saved", await fields.UpdateAsync(key, request, present, ct)),
            () => Task.CompletedTask,
            nameof(Form),
            Form.ErrorNames(optionRows));
    }
}
