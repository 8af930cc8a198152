using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Contacts.Listing;
using ContactHub.CustomFields;
using ContactHub.Segments;

namespace ContactHub.Data.Tests;

/// <summary>
/// The storage suite's stand-in for the web host's list parser (<c>ContactListRequest.QueryOf</c>, which the Web tests
/// exercise): just the names these tests use, read into the list's <see cref="ContactQuery"/>.
/// </summary>
internal static class ListFilterReader
{
    public static readonly ContactQueryReader Read = (group, field) =>
    {
        var query = new ContactQuery();
        var custom = new List<CustomFieldFilter>();
        foreach (var (name, value) in group)
        {
            query = name switch
            {
                "kind" => query with { Kind = Enum.Parse<ContactKind>(value!, ignoreCase: true) },
                "country" => query with { Country = CountryCode.Parse(value!) },
                "blocked" => query with { Blocked = bool.Parse(value!) },
                "hasEmail" => query with { HasEmail = bool.Parse(value!) },
                "allowedChannel" => query with { AllowedChannel = Enum.Parse<ContactHub.Consent.Channel>(value!, ignoreCase: true) },
                _ when CustomFieldFilter.FromParameter(name, value ?? string.Empty) is { } filter => AddCustom(query, custom, filter),
                _ => throw ValidationFailedException.For($"{field}.{name}", "Not a filter of the contact list."),
            };
        }

        return query;
    };

    private static ContactQuery AddCustom(ContactQuery query, List<CustomFieldFilter> custom, CustomFieldFilter filter)
    {
        custom.Add(filter);
        return query with { CustomFields = custom };
    }
}
