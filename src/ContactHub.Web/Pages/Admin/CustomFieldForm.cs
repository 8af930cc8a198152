using System.ComponentModel.DataAnnotations;
using ContactHub.CustomFields;

namespace ContactHub.Web.Pages.Admin;

/// <summary>
/// The custom-field form of the create and edit pages. Names follow the API's fields, so the core's errors
/// ("name", "options[1].key") land on the inputs; it maps to the same <see cref="CustomFieldRequest"/>.
/// </summary>
public sealed class CustomFieldForm
{
    public const int BlankOptions = 3;

    [Display(Name = "Key")] public string? Key { get; set; }
    [Display(Name = "Name")] public string? Name { get; set; }
    [Display(Name = "Type")] public CustomFieldType? Type { get; set; }
    [Display(Name = "Applies to")] public CustomFieldTarget? AppliesTo { get; set; } = CustomFieldTarget.Both;
    [Display(Name = "Required for new contacts")] public bool Required { get; set; }
    [Display(Name = "Sort order")] public int? SortOrder { get; set; }
    /// <summary>Empty unless posted (no box ticked posts nothing); a new form starts with "detail".</summary>
    public List<string> Visibility { get; set; } = [];
    public List<CustomFieldOptionForm> Options { get; set; } = [];

    /// <summary>Key, type and kind are fixed once a field exists; the edit page shows them as text.</summary>
    public bool Stored { get; set; }

    public static CustomFieldForm New() => new()
    {
        Visibility = [nameof(CustomFieldPlace.Detail)],
        Options = [.. Enumerable.Range(0, BlankOptions).Select(_ => new CustomFieldOptionForm())],
    };

    public static CustomFieldForm From(CustomFieldView field) => new()
    {
        Key = field.Key, Name = field.Name, Type = field.Type, AppliesTo = field.AppliesTo, Required = field.Required, SortOrder = field.SortOrder,
        Visibility = [.. field.Visibility.Select(v => v.ToString())], Stored = true,
        Options =
        [
            .. field.Options.Select(o => new CustomFieldOptionForm { Key = o.Key, Label = o.Label, Stored = true }),
            .. Enumerable.Range(0, field.Type == CustomFieldType.Choice ? BlankOptions : 0).Select(_ => new CustomFieldOptionForm()),
        ],
    };

    /// <summary>The request, and the form rows its options came from (blank rows are left out).</summary>
    public (CustomFieldRequest Request, List<int> OptionRows) ToRequest()
    {
        var kept = Options.Select((option, row) => (option, row)).Where(x => !x.option.IsBlank).ToList();
        var request = new CustomFieldRequest
        {
            Key = Stored ? null : Key, Name = Name, Type = Stored ? null : Type, AppliesTo = Stored ? null : AppliesTo, Required = Required, SortOrder = SortOrder ?? 0,
            Visibility = [.. Enum.GetValues<CustomFieldPlace>().Where(p => Visibility.Contains(p.ToString()))],
            Options = kept.Count == 0 ? null : [.. kept.Select(x => new CustomFieldOptionRequest(x.option.Key, x.option.Label))],
        };
        return (request, [.. kept.Select(x => x.row)]);
    }

    /// <summary>Puts the core's errors on this form's inputs: option rows renumbered, an error about all options on the options.</summary>
    public Func<string, string> ErrorNames(List<int> optionRows)
    {
        var renumber = ModelStateErrors.Renumber("options", optionRows);
        return field => field == "options" ? field : renumber(field);
    }
}

public sealed class CustomFieldOptionForm
{
    [Display(Name = "Option key")] public string? Key { get; set; }
    [Display(Name = "Label")] public string? Label { get; set; }
    public bool Stored { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Key) && string.IsNullOrWhiteSpace(Label);
}
