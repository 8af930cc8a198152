using System.ComponentModel.DataAnnotations;
using ContactHub.Consent;

namespace ContactHub.Web.Pages.Admin;

/// <summary>A consent purpose as the create and edit forms hold it; maps to the API's <see cref="ConsentPurposeRequest"/>.</summary>
public sealed class ConsentPurposeForm
{
    [Display(Name = "Key")] public string? Key { get; set; }
    [Display(Name = "Name")] public string? Name { get; set; }
    [Display(Name = "Kind")] public ConsentPurposeKind? Kind { get; set; } = ConsentPurposeKind.DirectMarketing;
    [Display(Name = "Partners (comma-separated)")] public string? Partners { get; set; }
    [Display(Name = "Granted by default for new contacts")] public bool GrantedByDefault { get; set; }
    [Display(Name = "Language of the text")] public string? Language { get; set; } = "en";
    [Display(Name = "Text shown to the person")] public string? Text { get; set; }

    /// <summary>The first text's errors ("text.language", "text.text") belong on the flat inputs of this form.</summary>
    public static string ErrorName(string field) => field switch
    {
        "text.language" => "language",
        "text.text" => "text",
        _ => field,
    };
}

/// <summary>A new wording of a purpose: a new version in its language.</summary>
public sealed class ConsentTextForm
{
    [Display(Name = "Language")] public string? Language { get; set; } = "en";
    [Display(Name = "Text shown to the person")] public string? Text { get; set; }
}
