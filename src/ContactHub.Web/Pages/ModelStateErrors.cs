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
    /// <param name="rename">Rewrites a core field name first, e.g. the index of a request row into the form row it came from.</param>
    public static void AddCoreErrors(this ModelStateDictionary modelState, ValidationFailedException failure, string prefix = "", Func<string, string>? rename = null)
    {
        foreach (var (field, messages) in failure.Errors)
        {
            var renamed = rename is null ? field : rename(field);
            var key = renamed.Length == 0 ? string.Empty : ToPropertyPath(renamed, prefix);
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
            : jsonPath.StartsWith(ContactHub.Criteria.CriterionSet.Prefix, StringComparison.Ordinal)
            ? $"Criteria[{jsonPath[ContactHub.Criteria.CriterionSet.Prefix.Length..]}]"
            : Segment().Replace(jsonPath, m => m.Groups[1].Value + m.Groups[2].Value.ToUpper(CultureInfo.InvariantCulture));
        return prefix.Length == 0 ? path : $"{prefix}.{path}";
    }

    /// <summary>
    /// A rename for <see cref="AddCoreErrors"/> when the form skips rows (blank or removed ones): the request's row
    /// <c>n</c> of <paramref name="collection"/> came from form row <c>formRows[n]</c>. The bare collection name
    /// (an error about the whole list) becomes a form-level error.
    /// </summary>
    public static Func<string, string> Renumber(string collection, IReadOnlyList<int> formRows) => field =>
    {
        if (field == collection)
        {
            return string.Empty;
        }

        var match = Regex.Match(field, $@"^{Regex.Escape(collection)}\[(\d+)\](.*)$");
        return match.Success && int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var n) && n < formRows.Count
            ? $"{collection}[{formRows[n]}]{match.Groups[2].Value}"
            : field;
    };

    // The first letter of each dotted segment: "emails[1].address" -> "Emails[1].Address".
    [GeneratedRegex(@"(^|\.)([a-z])")]
    private static partial Regex Segment();
}
