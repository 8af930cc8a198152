using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ContactHub.Web.Pages;

/// <summary>
/// <c>&lt;field for="Form.FirstName" /&gt;</c>: a label, the input (text, date, number, select for enums, textarea)
/// and its error message, linked by id and aria attributes, so no form field is ever without a label or message.
/// </summary>
[HtmlTargetElement("field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("for")]
    public required ModelExpression For { get; set; }

    /// <summary>"textarea", "password", "email"…; otherwise chosen from the property's type.</summary>
    public string? Type { get; set; }

    public string? Autocomplete { get; set; }

    public bool Autofocus { get; set; }

    public string? Hint { get; set; }

    /// <summary>A label text other than the property's display name, e.g. "Name of entry 3" in a table row.</summary>
    public string? Label { get; set; }

    /// <summary>Keeps the label for screen readers only, where a column header already says it.</summary>
    public bool LabelHidden { get; set; }

    /// <summary>For an enum, the values offered when not all of them may be chosen (e.g. the clearances a caller may grant).</summary>
    public IEnumerable<string>? Choices { get; set; }

    /// <summary>For a text property, the only values it may take, as a select (value, label), e.g. the time zones.</summary>
    public IReadOnlyList<(string Value, string Label)>? Options { get; set; }

    /// <summary>Values offered while typing (a datalist), e.g. the active entries of a managed list; other values stay possible.</summary>
    public IReadOnlyList<(string Value, string Label)>? Suggestions { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(name), "_");
        var hasError = ViewContext.ViewData.ModelState.TryGetValue(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(name), out var entry)
            && entry.Errors.Count > 0;
        var attributes = new Dictionary<string, object?> { ["aria-describedby"] = id + "-error" };
        if (hasError)
        {
            attributes["aria-invalid"] = "true";
        }

        if (Autocomplete is not null)
        {
            attributes["autocomplete"] = Autocomplete;
        }

        if (Autofocus)
        {
            attributes["autofocus"] = "autofocus";
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "field");
        var label = generator.GenerateLabel(ViewContext, For.ModelExplorer, name, Label, LabelHidden ? new { @class = "visually-hidden" } : null);
        if (IsBoolean)
        {
            // A checkbox sits inside its label (Pico's layout); the hidden "false" input makes an unticked box post false.
            label.InnerHtml.Clear();
            label.InnerHtml.AppendHtml(generator.GenerateCheckBox(ViewContext, For.ModelExplorer, For.Name, For.Model as bool?, attributes));
            label.InnerHtml.Append(" " + (Label ?? For.Metadata.GetDisplayName()));
            output.Content.AppendHtml(label);
            output.Content.AppendHtml(generator.GenerateHiddenForCheckbox(ViewContext, For.ModelExplorer, For.Name));
        }
        else
        {
            if (Suggestions is { Count: > 0 })
            {
                attributes["list"] = id + "-suggestions";
            }

            output.Content.AppendHtml(label);
            output.Content.AppendHtml(Input(attributes));
            if (Suggestions is { Count: > 0 })
            {
                var datalist = new TagBuilder("datalist");
                datalist.Attributes["id"] = id + "-suggestions";
                foreach (var (value, text) in Suggestions)
                {
                    var option = new TagBuilder("option");
                    option.Attributes["value"] = value;
                    option.InnerHtml.Append(text);
                    datalist.InnerHtml.AppendHtml(option);
                }

                output.Content.AppendHtml(datalist);
            }
        }

        if (Hint is not null)
        {
            output.Content.AppendHtml($"<small class=\"hint\">{System.Net.WebUtility.HtmlEncode(Hint)}</small>");
        }

        var message = generator.GenerateValidationMessage(ViewContext, For.ModelExplorer, name, null, "small", new { id = id + "-error", @class = "error" });
        output.Content.AppendHtml(message);
    }

    private bool IsBoolean => (Nullable.GetUnderlyingType(For.Metadata.ModelType) ?? For.Metadata.ModelType) == typeof(bool);

    private TagBuilder Input(Dictionary<string, object?> attributes)
    {
        var type = Nullable.GetUnderlyingType(For.Metadata.ModelType) ?? For.Metadata.ModelType;
        if (type.IsEnum)
        {
            var items = (Choices ?? Enum.GetNames(type)).Select(n => new SelectListItem(n, n));
            return generator.GenerateSelect(ViewContext, For.ModelExplorer, "—", For.Name, items, allowMultiple: false, attributes);
        }

        if (Options is not null)
        {
            return generator.GenerateSelect(ViewContext, For.ModelExplorer, null, For.Name, Options.Select(o => new SelectListItem(o.Label, o.Value)), allowMultiple: false, attributes);
        }

        if (Type == "textarea")
        {
            return generator.GenerateTextArea(ViewContext, For.ModelExplorer, For.Name, 4, 40, attributes);
        }

        if (Type == "password")
        {
            return generator.GeneratePassword(ViewContext, For.ModelExplorer, For.Name, null, attributes);
        }

        attributes["type"] = Type ?? (type == typeof(DateOnly) ? "date" : type == typeof(int) || type == typeof(decimal) ? "number" : "text");
        if (type == typeof(decimal))
        {
            attributes["step"] = "any";
        }

        // A date input needs ISO 8601 whatever the server's culture.
        var value = For.Model is DateOnly date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : For.Model;
        return generator.GenerateTextBox(ViewContext, For.ModelExplorer, For.Name, value, null, attributes);
    }
}
