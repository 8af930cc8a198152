using ContactHub.Common;

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
        ContactField.Text("idNumber", r => r.IdNumber, (c, v) => c.IdNumber = v, 50, ContactKind.Person),
        ContactField.Country("idCountry", r => r.IdCountry, (c, v) => c.IdCountry = v, ContactKind.Person),
        ContactField.Text("passportNumber", r => r.PassportNumber, (c, v) => c.PassportNumber = v, 50, ContactKind.Person),
        ContactField.Country("passportCountry", r => r.PassportCountry, (c, v) => c.PassportCountry = v, ContactKind.Person),
        ContactField.Text("socialSecurityNumber", r => r.SocialSecurityNumber, (c, v) => c.SocialSecurityNumber = v, 50, ContactKind.Person),
        ContactField.Country("countryOfResidence", r => r.CountryOfResidence, (c, v) => c.CountryOfResidence = v, null),
        ContactField.Text("companyName", r => r.CompanyName, (c, v) => c.CompanyName = v, 200, ContactKind.Company),
        ContactField.Text("vatNumber", r => r.VatNumber, (c, v) => c.VatNumber = v, 50, ContactKind.Company),
        ContactField.Text("taxReference", r => r.TaxReference, (c, v) => c.TaxReference = v, 50, ContactKind.Company),
        ContactField.Text("registrationDetails", r => r.RegistrationDetails, (c, v) => c.RegistrationDetails = v, 500, ContactKind.Company),
        ContactField.Number("employees", r => r.Employees, (c, v) => c.Employees = v, ContactKind.Company),
        ContactField.Number("annualTurnover", r => r.AnnualTurnover, (c, v) => c.AnnualTurnover = v, ContactKind.Company),
        ContactField.Date("establishedOn", r => r.EstablishedOn, (c, v) => c.EstablishedOn = v, ContactKind.Company, notInFuture: true),
        ContactField.Text("industry", r => r.Industry, (c, v) => c.Industry = v, 100, ContactKind.Company),
        ContactField.Text("sector", r => r.Sector, (c, v) => c.Sector = v, 100, ContactKind.Company),
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
    ];

    /// <summary>The names a merge-patch may carry; anything else in the body is refused.</summary>
    public static IReadOnlySet<string> PatchableNames { get; } =
        All.Select(f => f.Name).Append("categories").Append("customFields").ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Applies the fields of <paramref name="request"/> that are <paramref name="present"/> (for a merge-patch),
    /// or all non-null ones when <paramref name="present"/> is null (for a create). A present null clears the field.
    /// </summary>
    public static void Apply(Contact contact, ContactRequest request, IReadOnlySet<string>? present, ValidationErrors errors, DateOnly today)
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
            ApplyCategories(contact, request.Categories ?? [], errors);
        }

        contact.RefreshNames();
        RequireName(contact, errors);
        Consent.ChannelSet.Validate(contact.AllowedChannels, contact.PreferredChannel, errors);
        if (contact.IsBlocked && string.IsNullOrWhiteSpace(contact.BlockedReason))
        {
            errors.Add("blockedReason", "Say why the contact is blocked.");
        }
    }

    private static void ApplyCategories(Contact contact, IReadOnlyList<string> categories, ValidationErrors errors)
    {
        var names = categories.Select(c => c?.Trim() ?? string.Empty).ToList();
        if (names.Exists(n => n.Length is 0 or > 50 || n.Any(char.IsControl)))
        {
            errors.Add("categories", "Each category must be 1 to 50 characters on one line.");
            return;
        }

        contact.SetCategories(names);
    }

    private static void RequireName(Contact contact, ValidationErrors errors)
    {
        if (contact.Kind == ContactKind.Company && string.IsNullOrWhiteSpace(contact.CompanyName))
        {
            errors.Add("companyName", "A company needs a company name.");
        }
        else if (contact.Kind == ContactKind.Person && string.IsNullOrWhiteSpace(contact.FirstName) && string.IsNullOrWhiteSpace(contact.LastName))
        {
            errors.Add("lastName", "A person needs a last name or a first name.");
        }
    }
}
