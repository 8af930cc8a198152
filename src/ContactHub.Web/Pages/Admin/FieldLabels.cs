using System.ComponentModel.DataAnnotations;
using System.Reflection;
using ContactHub.Web.Pages.Contacts;

namespace ContactHub.Web.Pages.Admin;

/// <summary>How the rule pages label a contact field the API names ("idNumber" → "ID number"): the contact form's own labels.</summary>
public static class FieldLabels
{
    private static readonly Dictionary<string, string> Labels = typeof(ContactForm).GetProperties()
        .Where(p => p.GetCustomAttribute<DisplayAttribute>() is not null)
        .ToDictionary(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..], p => p.GetCustomAttribute<DisplayAttribute>()!.Name ?? p.Name, StringComparer.Ordinal);

    public static string Of(string field) => field switch
    {
        "email" => "Active e-mail",
        "phone" => "Active phone",
        "address" => "Active address",
        _ => Labels.GetValueOrDefault(field, field),
    };
}
