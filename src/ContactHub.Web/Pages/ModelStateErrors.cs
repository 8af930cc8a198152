using System.Globalization;
using System.Text.RegularExpressions;
using ContactHub.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ContactHub.Web.Pages;

/// <summary>
/// Puts the core's field errors (the same ones the API returns, keyed by JSON path such as "emails[1].address")
/// on the form fields that carry them ("Form.Emails[1].Address"), so a page and the API share one validation.
/// </summary>
public static partial class ModelStateErrors
{
    public static void AddCoreErrors(this ModelStateDictionary modelState, ValidationFailedException failure, string prefix = "")
    {
        foreach (var (field, messages) in failure.Errors)
        {
            var key = ToPropertyPath(field, prefix);
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }
    }

    public static string ToPropertyPath(string jsonPath, string prefix = "")
    {
        // Custom fields are a dictionary on the form: "customFields.shoeSize" -> "CustomFields[shoeSize]".
        var path = jsonPath.StartsWith(ContactHub.CustomFields.CustomFieldSet.Prefix, StringComparison.Ordinal)
            ? $"CustomFields[{jsonPath[ContactHub.CustomFields.CustomFieldSet.Prefix.Length..]}]"
            : Segment().Replace(jsonPath, m => m.Groups[1].Value + m.Groups[2].Value.ToUpper(CultureInfo.InvariantCulture));
        return prefix.Length == 0 ? path : $"{prefix}.{path}";
    }

    // The first letter of each dotted segment: "emails[1].address" -> "Emails[1].Address".
    [GeneratedRegex(@"(^|\.)([a-z])")]
    private static partial Regex Segment();
}
