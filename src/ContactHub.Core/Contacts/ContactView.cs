using ContactHub.Contacts.CompanyLinks;
using ContactHub.Contacts.ContactPoints;
using ContactHub.Contacts.ContactPoints.Phones;
using ContactHub.Contacts.Relations;

namespace ContactHub.Contacts;

/// <summary>The full read model of a contact, as the API returns it.</summary>
public sealed record ContactView(
    Guid Id,
    ContactKind Kind,
    long Version,
    string DisplayName,
    string? Title,
    string? FirstName,
    string? MiddleName,
    string? LastName,
    Gender? Gender,
    DateOnly? DateOfBirth,
    string? IdNumber,
    string? IdCountry,
    string? PassportNumber,
    string? PassportCountry,
    string? SocialSecurityNumber,
    string? CountryOfResidence,
    string? CompanyName,
    string? VatNumber,
    string? TaxReference,
    string? RegistrationDetails,
    int? Employees,
    decimal? AnnualTurnover,
    DateOnly? EstablishedOn,
    string? Industry,
    string? Sector,
    string? PreferredLanguage,
    string? ReferenceCode,
    string? Notes,
    IReadOnlyList<string> Categories,
    IReadOnlyList<EmailView> Emails,
    IReadOnlyList<PhoneView> Phones,
    IReadOnlyList<AddressView> Addresses,
    IReadOnlyList<RelationView> Relations,
    IReadOnlyList<RelationView> InwardRelations,
    IReadOnlyList<CompanyLinkView> Companies,
    IReadOnlyList<CompanyLinkView> ContactPersons,
    bool HasPhoto,
    DateOnly? ValidUntil,
    bool Blocked,
    string? BlockedReason,
    IReadOnlyList<Consent.Channel> AllowedChannels,
    Consent.Channel? PreferredChannel,
    IReadOnlyDictionary<string, string> Consents,
    Access.Clearance Confidentiality,
    string? AccountReference,
    LifeCycle LifeCycle,
    bool Invalid,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    ContactStatus Status,
    string? NameDay,
    IReadOnlyDictionary<string, object?> CustomFields,
    IReadOnlyList<string> AccessibilityNeeds,
    int? ProfileYear,
    string? DataOrigin,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Criteria)
{
    /// <summary>The view of <paramref name="c"/>; identity documents come masked unless <see cref="ContactExtras.RevealIdentityDocuments"/>.</summary>
    public static ContactView From(Contact c, ContactExtras extras)
    {
        return new(
            c.Id, c.Kind, c.Version, NameFormatter.Format(extras.NameOrder, c), c.Title, c.FirstName, c.MiddleName, c.LastName, c.Gender, c.DateOfBirth,
            Shown(c.IdNumber), c.IdCountry, Shown(c.PassportNumber), c.PassportCountry, Shown(c.SocialSecurityNumber), c.CountryOfResidence,
            c.CompanyName, c.VatNumber, c.TaxReference, c.RegistrationDetails, c.Employees, c.AnnualTurnover, c.EstablishedOn,
            c.Industry, c.Sector, c.PreferredLanguage, c.ReferenceCode, c.Notes,
            [.. c.Categories.Select(x => x.Name).Order(StringComparer.OrdinalIgnoreCase)],
            [.. c.Emails.Select(EmailView.From)],
            [.. c.Phones.Select(PhoneView.From)],
            [.. c.Addresses.Select(AddressView.From)],
            [.. c.Relations.Where(r => extras.Names.ContainsKey(r.RelatedContactId)).Select(r => RelationView.From(r, r.RelatedContactId, extras.NameOf(r.RelatedContactId)))],
            [.. extras.InwardRelations.Select(r => RelationView.From(r, r.ContactId, extras.NameOf(r.ContactId)))],
            [.. c.CompanyLinks.Where(l => extras.Names.ContainsKey(l.CompanyId)).Select(l => CompanyLinkView.From(l, l.CompanyId, extras.NameOf(l.CompanyId)))],
            [.. extras.ContactPersons.Select(l => CompanyLinkView.From(l, l.PersonId, extras.NameOf(l.PersonId)))],
            extras.HasPhoto, c.ValidUntil, c.IsBlocked, c.BlockedReason,
            [.. c.AllowedChannels.Order()], c.PreferredChannel, extras.Consents,
            c.Confidentiality, c.AccountReference, LifeCycles.Of(c.AccountReference), c.ValidUntil < extras.Today,
            c.CreatedAt, c.UpdatedAt, extras.Completeness.StatusOf(c), c.NameDay, extras.CustomFields ?? new Dictionary<string, object?>(),
            [.. c.AccessibilityNeeds.Select(n => n.Need).Order(StringComparer.Ordinal)], c.ProfileYear, c.DataOrigin,
            extras.Criteria ?? new Dictionary<string, IReadOnlyList<string>>());

        string? Shown(string? document) => IdentityDocuments.IdentityDocumentMask.Show(document, extras.RevealIdentityDocuments);
    }
}

/// <summary>What a contact view needs beyond the contact's own rows: the other side of links, and names to show.</summary>
public sealed record ContactExtras(
    IReadOnlyList<ContactRelation> InwardRelations,
    IReadOnlyList<CompanyLink> ContactPersons,
    IReadOnlyDictionary<Guid, string> Names,
    bool HasPhoto,
    IReadOnlyDictionary<string, string> Consents,
    NameOrder NameOrder,
    DateOnly Today,
    CompletenessRules Completeness,
    IReadOnlyDictionary<string, object?>? CustomFields = null,
    bool RevealIdentityDocuments = false,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Criteria = null)
{
    public string NameOf(Guid contactId) => Names.GetValueOrDefault(contactId, string.Empty);
}

public sealed record EmailView(Guid Id, string Type, string Address, bool IsActive, string? InUse, Consent.BounceStatus BounceStatus, DateTime? BouncedAt, string? BounceDiagnostic)
{
    public static EmailView From(ContactEmail e) => new(e.Id, e.Type, e.Address, e.IsActive, e.InUse, e.BounceStatus, e.BouncedAt, e.BounceDiagnostic);
}

public sealed record PhoneView(Guid Id, string Type, string Number, string E164, string? Extension, PhoneLineType LineType, bool IsActive, string? InUse)
{
    public static PhoneView From(ContactPhone p) => new(p.Id, p.Type, p.Raw, p.E164, p.Extension, p.LineType, p.IsActive, p.InUse);
}

public sealed record AddressView(Guid Id, string Type, string? Street, string? Street2, string? PostalCode, string? City, string? Region, string Country, bool IsActive, string? InUse)
{
    public static AddressView From(ContactAddress a) => new(a.Id, a.Type, a.Street, a.Street2, a.PostalCode, a.City, a.Region, a.Country, a.IsActive, a.InUse);
}

public sealed record RelationView(Guid Id, string Type, Guid ContactId, string DisplayName)
{
    public static RelationView From(ContactRelation r, Guid otherId, string otherName) => new(r.Id, r.Type, otherId, otherName);
}

public sealed record CompanyLinkView(Guid Id, Guid ContactId, string DisplayName, string? Role)
{
    public static CompanyLinkView From(CompanyLink l, Guid otherId, string otherName) => new(l.Id, otherId, otherName, l.Role);
}
