using ContactHub.Common;
using ContactHub.Definitions.Lists;

namespace ContactHub.Contacts;

/// <summary>
/// Validates and applies the master-data fields of a <see cref="ContactRequest"/> to a contact: the one place
/// that knows each field's limits, which kind of contact has it, and what a person or company needs at least.
/// Field names are the API's camelCase names, so errors point at the JSON the caller sent.
/// </summary>
public static class ContactFields
{
    private static readonly ContactField[] All =
    [
        ContactField.Text("title", r => r.Title, (c, v) => c.Title = v, 50, ContactKind.Person),
        ContactField.Text("firstName", r => r.FirstName, (c, v) => c.FirstName = v, 100, ContactKind.Person),
        ContactField.Text("middleName", r => r.MiddleName, (c, v) => c.MiddleName = v, 100, ContactKind.Person),
        ContactField.Text("lastName", r => r.LastName, (c, v) => c.LastName = v, 100, ContactKind.Person),
        ContactField.Of("gender", r => r.Gender, (c, v) => c.Gender = v, ContactKind.Person),
        ContactField.Date("dateOfBirth", r => r.DateOfBirth, (c, v) => c.DateOfBirth = v, ContactKind.Person, notInFuture: true),
        ContactField.Text("idNumber", r => r.IdNumber, (c, v) => c.IdNumber = v, 50, ContactKind.Person, identityDocument: true),
        ContactField.Country("idCountry", r => r.IdCountry, (c, v) => c.IdCountry = v, ContactKind.Person),
        ContactField.Text("passportNumber", r => r.PassportNumber, (c, v) => c.PassportNumber = v, 50, ContactKind.Person, identityDocument: true),
        ContactField.Country("passportCountry", r => r.PassportCountry, (c, v) => c.PassportCountry = v, ContactKind.Person),
        ContactField.Text("socialSecurityNumber", r => r.SocialSecurityNumber, (c, v) => c.SocialSecurityNumber = v, 50, ContactKind.Person, identityDocument: true),
        ContactField.Country("countryOfResidence", r => r.CountryOfResidence, (c, v) => c.CountryOfResidence = v, null),
        ContactField.Text("companyName", r => r.CompanyName, (c, v) => c.CompanyName = v, 200, ContactKind.Company),
        ContactField.Text("vatNumber", r => r.VatNumber, (c, v) => c.VatNumber = v, 50, ContactKind.Company),
        ContactField.Text("taxReference", r => r.TaxReference, (c, v) => c.TaxReference = v, 50, ContactKind.Company),
        ContactField.Text("registrationDetails", r => r.RegistrationDetails, (c, v) => c.RegistrationDetails = v, 500, ContactKind.Company),
        ContactField.Number("employees", r => r.Employees, (c, v) => c.Employees = v, ContactKind.Company),
        ContactField.Number("annualTurnover", r => r.AnnualTurnover, (c, v) => c.AnnualTurnover = v, ContactKind.Company),
        ContactField.Date("establishedOn", r => r.EstablishedOn, (c, v) => c.EstablishedOn = v, ContactKind.Company, notInFuture: true),
        ContactField.Year("profileYear", r => r.ProfileYear, (c, v) => c.ProfileYear = v, ContactKind.Company),
        ContactField.Language("preferredLanguage", r => r.PreferredLanguage, (c, v) => c.PreferredLanguage = v),
        ContactField.Text("referenceCode", r => r.ReferenceCode, (c, v) => c.ReferenceCode = v, 50, null),
        ContactField.Text("notes", r => r.Notes, (c, v) => c.Notes = v, 4000, null, multiLine: true),
        ContactField.Date("validUntil", r => r.ValidUntil, (c, v) => c.ValidUntil = v, null, notInFuture: false),
        ContactField.Of("blocked", r => r.Blocked, (c, v) => c.IsBlocked = v ?? false, null),
        ContactField.Text("blockedReason", r => r.BlockedReason, (c, v) => c.BlockedReason = v, 500, null),
        ContactField.Of("preferredChannel", r => r.PreferredChannel, (c, v) => c.PreferredChannel = v, null),
        ContactField.Of("confidentiality", r => r.Confidentiality, (c, v) => c.Confidentiality = v ?? Access.Clearance.Free, null),
        ContactField.Text("accountReference", r => r.AccountReference, (c, v) => c.AccountReference = v, 100, null),
        new("allowedChannels", null, r => r.AllowedChannels is not null, (c, r, _, _) => c.AllowedChannels = (r.AllowedChannels ?? []).ToHashSet()),
        ContactField.NameDay("nameDay", r => r.NameDay, (c, v) => c.NameDay = v, ContactKind.Person),
    ];

    /// <summary>The names a merge-patch may carry; anything else in the body is refused.</summary>
    public static IReadOnlySet<string> PatchableNames { get; } =
        All.Select(f => f.Name).Concat(["categories", "accessibilityNeeds", "industry", "sector", "dataOrigin", "customFields", "criteria"]).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Applies the fields of <paramref name="request"/> that are <paramref name="present"/> (for a merge-patch),
    /// or all non-null ones when <paramref name="present"/> is null (for a create). A present null clears the field.
    /// </summary>
    public static void Apply(Contact contact, ContactRequest request, IReadOnlySet<string>? present, DefinitionLists lists, ValidationErrors errors, DateOnly today)
    {
        foreach (var field in All)
        {
            var isPresent = present?.Contains(field.Name) ?? field.HasValue(request);
            if (!isPresent)
            {
                continue;
            }

            if (field.OnlyFor is { } kind && kind != contact.Kind && field.HasValue(request))
            {
                errors.Add(field.Name, $"Only a {kind.ToString().ToLowerInvariant()} has this field.");
                continue;
            }

            field.Apply(contact, request, errors, today);
        }

        if (present?.Contains("categories") ?? request.Categories is not null)
        {
            ApplyCategories(contact, request.Categories ?? [], lists, errors);
        }

        if (present?.Contains("accessibilityNeeds") ?? request.AccessibilityNeeds is not null)
        {
            ApplyAccessibilityNeeds(contact, request.AccessibilityNeeds ?? [], lists, errors);
        }

        ApplyIndustry(contact, request, present, lists, errors);
        if (present?.Contains("dataOrigin") ?? request.DataOrigin is not null)
        {
            contact.DataOrigin = string.IsNullOrWhiteSpace(request.DataOrigin) ? null : lists.Choose(DefinitionList.DataOrigins, request.DataOrigin, "dataOrigin", errors, contact.DataOrigin);
        }

        contact.RefreshNames();
        RequireName(contact, errors);
        Consent.ChannelSet.Validate(contact.AllowedChannels, contact.PreferredChannel, errors);
        if (contact.IsBlocked && string.IsNullOrWhiteSpace(contact.BlockedReason))
        {
            errors.Add("blockedReason", "Say why the contact is blocked.");
        }
    }

    private static void ApplyCategories(Contact contact, IReadOnlyList<string> categories, DefinitionLists lists, ValidationErrors errors)
    {
        if (ChooseAll(DefinitionList.Categories, "categories", categories, [.. contact.Categories.Select(c => c.Name)], lists, errors) is { } keys)
        {
            contact.SetCategories(keys);
        }
    }

    private static void ApplyAccessibilityNeeds(Contact contact, IReadOnlyList<string> needs, DefinitionLists lists, ValidationErrors errors)
    {
        if (contact.Kind != ContactKind.Person && needs.Count > 0)
        {
            errors.Add("accessibilityNeeds", "Only a person has this field.");
        }
        else if (ChooseAll(DefinitionList.AccessibilityNeeds, "accessibilityNeeds", needs, [.. contact.AccessibilityNeeds.Select(n => n.Need)], lists, errors) is { } keys)
        {
            contact.SetAccessibilityNeeds(keys);
        }
    }

    /// <summary>The stored keys of a multi-valued list field, or null (with the errors added) when any value is not on offer; values the contact has are kept.</summary>
    private static List<string>? ChooseAll(DefinitionList list, string field, IReadOnlyList<string> values, List<string> current, DefinitionLists lists, ValidationErrors errors)
    {
        var local = new ValidationErrors();
        var keys = values.Select(value =>
            lists.Choose(list, value, field, local, current.FirstOrDefault(c => string.Equals(c, value?.Trim(), StringComparison.OrdinalIgnoreCase)))).ToList();
        local.CopyTo(errors);
        return local.HasErrors ? null : [.. keys.OfType<string>()];
    }

    /// <summary>Persons and companies alike (seed 001: demographics and company profile). An industry belongs to a sector: naming the industry alone sets its sector; naming both must agree.</summary>
    private static void ApplyIndustry(Contact contact, ContactRequest request, IReadOnlySet<string>? present, DefinitionLists lists, ValidationErrors errors)
    {
        var industryPresent = present?.Contains("industry") ?? request.Industry is not null;
        var sectorPresent = present?.Contains("sector") ?? request.Sector is not null;
        if (industryPresent)
        {
            contact.Industry = string.IsNullOrWhiteSpace(request.Industry) ? null : lists.Choose(DefinitionList.Industries, request.Industry, "industry", errors, contact.Industry);
        }

        if (sectorPresent)
        {
            contact.Sector = string.IsNullOrWhiteSpace(request.Sector) ? null : lists.Choose(DefinitionList.Sectors, request.Sector, "sector", errors, contact.Sector);
        }
        else if (industryPresent && contact.Industry is { } chosen)
        {
            contact.Sector = lists.SectorOf(chosen) ?? contact.Sector;
        }

        if ((industryPresent || sectorPresent) && contact.Industry is { } industry && contact.Sector is { } sector
            && lists.SectorOf(industry) is { } expected && expected != sector)
        {
            errors.Add("sector", $"The industry '{industry}' belongs to the sector '{expected}'.");
        }
    }

    // A person has no required field (seed 003): one without a name is a Draft shown by its e-mail or phone.
    private static void RequireName(Contact contact, ValidationErrors errors)
    {
        if (contact.Kind == ContactKind.Company && string.IsNullOrWhiteSpace(contact.CompanyName))
        {
            errors.Add("companyName", "A company needs a company name.");
        }
    }

    /// <summary>
    /// A person is saved as soon as any one field is filled (seed 003), a master-data value, a contact point, a category,
    /// an accessibility need or a custom value; channels, blocking and confidentiality are settings, not data about someone.
    /// </summary>
    internal static void RequireAnyField(Contact contact, ValidationErrors errors)
    {
        if (contact.Kind == ContactKind.Person && !errors.HasErrors && HasNoValue(contact))
        {
            errors.Add(AnyField, "Fill at least one field: a person is saved as soon as it has a name, an e-mail, a phone or any other value.");
        }
    }

    /// <summary>Whether the contact, as loaded, holds no value at all (custom values count only when loaded).</summary>
    internal static bool HasNoValue(Contact contact)
    {
        object?[] values =
        [
            contact.Title, contact.FirstName, contact.MiddleName, contact.LastName, contact.Gender, contact.DateOfBirth,
            contact.IdNumber, contact.IdCountry, contact.PassportNumber, contact.PassportCountry, contact.SocialSecurityNumber,
            contact.CountryOfResidence, contact.Industry, contact.Sector, contact.PreferredLanguage, contact.ReferenceCode,
            contact.Notes, contact.ValidUntil, contact.AccountReference, contact.NameDay, contact.DataOrigin,
        ];
        return values.All(v => v is null) && contact.Emails.Count == 0 && contact.Phones.Count == 0 && contact.Addresses.Count == 0
            && contact.Categories.Count == 0 && contact.AccessibilityNeeds.Count == 0 && contact.CustomValues.Count == 0
            && contact.CriterionValues.Count == 0;
    }

    /// <summary>The error key of a person without any value (an error about the whole contact, not one field).</summary>
    public const string AnyField = "contact";
}
