using System.Reflection;
using ContactHub.Common;
using ContactHub.Consent;
using ContactHub.Contacts;
using ContactHub.Contacts.Listing;
using ContactHub.CustomFields;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Web.Api.Contacts;

/// <summary>
/// The query string of a contact list as it arrives: bound once with <c>[AsParameters]</c> by <c>GET /api/v1/contacts</c>
/// and as a model by the back-office list page (<c>/contacts</c>), so both take the same names and refuse the same
/// values the same way. A new filter is a property here (its name in the query string is its <c>FromQuery</c> name),
/// its reading in <see cref="ToQuery"/>, its condition in the core's <c>ContactFilters</c> and its input on the page.
/// Values stay text until <see cref="ToQuery"/> reads them, so a wrong one is a field error (422) naming the
/// parameter, as for every filter, rather than the framework's bare 400. (The API also takes <c>custom.&lt;key&gt;</c>
/// filters, which have no fixed name.)
/// </summary>
public sealed record ContactListRequest
{
    public const int DefaultLimit = 50;

    // Each property under its name in the query string.
    private static readonly (string Name, PropertyInfo Property)[] Parameters =
        [.. typeof(ContactListRequest).GetProperties().Select(p => (p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name, p))];

    /// <summary>The quick search: name with a typo, e-mail prefix, phone digits or reference code, by what it looks like.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    /// <summary>The start of the name, case and accents ignored.</summary>
    [FromQuery(Name = "name")]
    public string? Name { get; init; }

    /// <summary>person | company.</summary>
    [FromQuery(Name = "kind")]
    public string? Kind { get; init; }

    [FromQuery(Name = "category")]
    public string? Category { get; init; }

    /// <summary>The next page: the <c>nextCursor</c> of the page before.</summary>
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; init; }

    /// <summary>The page before: the <c>previousCursor</c> of the page after.</summary>
    [FromQuery(Name = "before")]
    public string? Before { get; init; }

    /// <summary>1 to 200, 50 when absent.</summary>
    [FromQuery(Name = "limit")]
    public string? Limit { get; init; }

    /// <summary>created | name.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    [FromQuery(Name = "descending")]
    public string? Descending { get; init; }

    /// <summary>An e-mail address, matched exactly (case ignored).</summary>
    [FromQuery(Name = "email")]
    public string? Email { get; init; }

    /// <summary>A reference code, matched exactly.</summary>
    [FromQuery(Name = "referenceCode")]
    public string? ReferenceCode { get; init; }

    /// <summary>email | phone | sms | letter.</summary>
    [FromQuery(Name = "allowedChannel")]
    public string? AllowedChannel { get; init; }

    [FromQuery(Name = "preferredChannel")]
    public string? PreferredChannel { get; init; }

    /// <summary>purpose:state, e.g. direct-marketing:granted (states: granted, withdrawn, none).</summary>
    [FromQuery(Name = "consent")]
    public string? Consent { get; init; }

    /// <summary>true also lists contacts whose validity has ended.</summary>
    [FromQuery(Name = "includeInvalid")]
    public string? IncludeInvalid { get; init; }

    /// <summary>draft | complete.</summary>
    [FromQuery(Name = "status")]
    public string? Status { get; init; }

    /// <summary>marketing | financial.</summary>
    [FromQuery(Name = "lifeCycle")]
    public string? LifeCycle { get; init; }

    [FromQuery(Name = "accessibilityNeed")]
    public string? AccessibilityNeed { get; init; }

    /// <summary>free | restricted | confidential (only levels within the caller's clearance have contacts).</summary>
    [FromQuery(Name = "confidentiality")]
    public string? Confidentiality { get; init; }

    [FromQuery(Name = "blocked")]
    public string? Blocked { get; init; }

    /// <summary>true: has an active e-mail address; false: has none.</summary>
    [FromQuery(Name = "hasEmail")]
    public string? HasEmail { get; init; }

    /// <summary>true: has an active phone number; false: has none.</summary>
    [FromQuery(Name = "hasPhone")]
    public string? HasPhone { get; init; }

    /// <summary>An ISO 3166-1 alpha-2 code: the country of residence or the country of an active address.</summary>
    [FromQuery(Name = "country")]
    public string? Country { get; init; }

    /// <summary>true: has an active postal address; false: has none.</summary>
    [FromQuery(Name = "hasAddress")]
    public string? HasAddress { get; init; }

    /// <summary>The lowest postal code of an active address (text order, included).</summary>
    [FromQuery(Name = "postalCodeFrom")]
    public string? PostalCodeFrom { get; init; }

    /// <summary>The highest postal code of an active address (text order, included).</summary>
    [FromQuery(Name = "postalCodeTo")]
    public string? PostalCodeTo { get; init; }

    /// <summary>The id of a company the person acts for (a company link).</summary>
    [FromQuery(Name = "linkedCompany")]
    public string? LinkedCompany { get; init; }

    /// <summary>Created at or after: a date (start of day, UTC) or an ISO 8601 date-time.</summary>
    [FromQuery(Name = "createdFrom")]
    public string? CreatedFrom { get; init; }

    /// <summary>Created before (exclusive): a date (start of day, UTC) or an ISO 8601 date-time.</summary>
    [FromQuery(Name = "createdTo")]
    public string? CreatedTo { get; init; }

    /// <summary>Last changed at or after: a date (start of day, UTC) or an ISO 8601 date-time.</summary>
    [FromQuery(Name = "updatedFrom")]
    public string? UpdatedFrom { get; init; }

    /// <summary>Last changed before (exclusive): a date (start of day, UTC) or an ISO 8601 date-time.</summary>
    [FromQuery(Name = "updatedTo")]
    public string? UpdatedTo { get; init; }

    /// <summary>Contacts with an interaction in the last N days (today included), 1 to 3660.</summary>
    [FromQuery(Name = "interactionWithinDays")]
    public string? InteractionWithinDays { get; init; }

    /// <summary>The list the request asks for; a malformed value is a field error under its parameter's name.</summary>
    public ContactQuery ToQuery(ContactSort defaultSort, IReadOnlyList<CustomFieldFilter>? customFields = null)
    {
        var limit = QueryValues.Int(Limit, "limit") ?? DefaultLimit;
        if (limit is < 1 or > ContactListService.MaxPageSize)
        {
            throw ValidationFailedException.For("limit", $"The limit must be between 1 and {ContactListService.MaxPageSize}.");
        }

        var (purpose, granted) = ParseConsent(Consent);
        return new ContactQuery(
            Name: Name,
            Kind: QueryValues.Enum<ContactKind>(Kind, "kind"),
            Category: Category,
            Cursor: Cursor,
            Limit: limit,
            Sort: QueryValues.Enum<ContactSort>(Sort, "sort") ?? defaultSort,
            Descending: QueryValues.Bool(Descending, "descending") ?? false,
            Before: Before,
            Email: Email,
            ReferenceCode: ReferenceCode,
            AllowedChannel: QueryValues.Enum<Channel>(AllowedChannel, "allowedChannel"),
            PreferredChannel: QueryValues.Enum<Channel>(PreferredChannel, "preferredChannel"),
            ConsentPurpose: purpose,
            ConsentGranted: granted,
            IncludeInvalid: QueryValues.Bool(IncludeInvalid, "includeInvalid") ?? false,
            Status: QueryValues.Enum<ContactStatus>(Status, "status"),
            LifeCycle: QueryValues.Enum<LifeCycle>(LifeCycle, "lifeCycle"),
            CustomFields: customFields,
            AccessibilityNeed: AccessibilityNeed,
            Confidentiality: QueryValues.Enum<ContactHub.Access.Clearance>(Confidentiality, "confidentiality"),
            Search: Q,
            Blocked: QueryValues.Bool(Blocked, "blocked"),
            HasEmail: QueryValues.Bool(HasEmail, "hasEmail"),
            HasPhone: QueryValues.Bool(HasPhone, "hasPhone"),
            Country: QueryValues.Country(Country, "country"),
            CreatedFrom: QueryValues.Instant(CreatedFrom, "createdFrom"),
            CreatedTo: QueryValues.Instant(CreatedTo, "createdTo"),
            UpdatedFrom: QueryValues.Instant(UpdatedFrom, "updatedFrom"),
            UpdatedTo: QueryValues.Instant(UpdatedTo, "updatedTo"),
            HasAddress: QueryValues.Bool(HasAddress, "hasAddress"),
            PostalCodeFrom: PostalCodeFrom,
            PostalCodeTo: PostalCodeTo,
            LinkedCompany: QueryValues.Id(LinkedCompany, "linkedCompany"),
            InteractionWithinDays: QueryValues.Int(InteractionWithinDays, "interactionWithinDays") is { } days
                ? days is >= 1 and <= 3660 ? days : throw ValidationFailedException.For("interactionWithinDays", "Give a number of days from 1 to 3660.")
                : null);
    }

    /// <summary>The parameters that are set, under their names in the query string (for links that keep the filters).</summary>
    public IEnumerable<KeyValuePair<string, object?>> Values() =>
        Parameters.Select(p => KeyValuePair.Create(p.Name, p.Property.GetValue(this))).Where(p => p.Value is string { Length: > 0 });

    /// <summary>
    /// The list's query as a JSON object of the same names and text values (a bulk action's <c>filter</c>), read as
    /// <see cref="ToQuery"/> reads a query string; <c>custom.&lt;key&gt;</c> filters included. An unknown name or a
    /// wrong value is a field error under <paramref name="field"/> (<c>filter.kind</c>).
    /// </summary>
    public static ContactQuery QueryOf(IReadOnlyDictionary<string, string?> values, string field)
    {
        var request = new ContactListRequest();
        var custom = new List<CustomFieldFilter>();
        var criteria = new List<ContactHub.Criteria.CriterionFilter>();
        var errors = new ValidationErrors();
        foreach (var (name, value) in values)
        {
            if (CustomFieldFilter.FromParameter(name, value ?? string.Empty) is { } filter)
            {
                custom.Add(filter);
            }
            else if (ContactHub.Criteria.CriterionFilter.FromParameter(name, value ?? string.Empty) is { } criterion)
            {
                criteria.Add(criterion);
            }
            else if (Array.Find(Parameters, p => p.Name == name) is { Property: not null } known && name is not ("cursor" or "before" or "limit" or "sort" or "descending"))
            {
                known.Property.SetValue(request, value);
            }
            else
            {
                errors.Add($"{field}.{name}", "Not a filter of the contact list.");
            }
        }

        errors.ThrowIfAny();
        try
        {
            return request.ToQuery(ContactSort.Created, custom) with { Criteria = criteria.Count > 0 ? criteria : null };
        }
        catch (ValidationFailedException e)
        {
            throw new ValidationFailedException(e.Errors.ToDictionary(x => $"{field}.{x.Key}", x => x.Value, StringComparer.Ordinal));
        }
    }

    /// <summary>The "criterion.&lt;key&gt;=&lt;choice&gt;" filters of a query string (one value each).</summary>
    public static List<ContactHub.Criteria.CriterionFilter>? CriterionFilters(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> query)
    {
        var filters = new List<ContactHub.Criteria.CriterionFilter>();
        foreach (var (name, values) in query)
        {
            if (ContactHub.Criteria.CriterionFilter.FromParameter(name, values.ToString()) is { } filter)
            {
                filters.Add(values.Count == 1 ? filter : throw ValidationFailedException.For(name, "Give one value per criterion filter."));
            }
        }

        return filters.Count > 0 ? filters : null;
    }

    // "direct-marketing:granted" | "…:withdrawn" | "…:none"
    private static (string? Purpose, bool? Granted) ParseConsent(string? consent)
    {
        if (string.IsNullOrWhiteSpace(consent))
        {
            return (null, null);
        }

        var parts = consent.Split(':', 2);
        return parts is [var purpose, var state] && purpose.Length > 0 && state is "granted" or "withdrawn" or "none"
            ? (purpose, state switch { "granted" => true, "withdrawn" => false, _ => null })
            : throw ValidationFailedException.For("consent", "Filter by consent as purpose:state, e.g. direct-marketing:granted (states: granted, withdrawn, none).");
    }
}
