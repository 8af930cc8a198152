using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using ContactHub.Access;
using ContactHub.Consent;
using ContactHub.Contacts;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>
/// The person / company form. Property names are the API's field names in PascalCase, so the core's field
/// errors ("firstName", "emails[1].address") land on the matching inputs. It holds no rule: it only maps to
/// and from the same <see cref="ContactRequest"/> the API uses.
/// </summary>
public sealed class ContactForm
{
    public ContactKind Kind { get; set; }

    /// <summary>The managed lists' entries, suggested on the type, industry and sector inputs.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public ListChoices Choices { get; set; } = ListChoices.None;

    [Display(Name = "Title")] public string? Title { get; set; }
    [Display(Name = "First name")] public string? FirstName { get; set; }
    [Display(Name = "Middle name")] public string? MiddleName { get; set; }
    [Display(Name = "Last name")] public string? LastName { get; set; }
    [Display(Name = "Gender")] public Gender? Gender { get; set; }
    [Display(Name = "Date of birth")] public DateOnly? DateOfBirth { get; set; }
    [Display(Name = "ID number")] public string? IdNumber { get; set; }
    [Display(Name = "ID country")] public string? IdCountry { get; set; }
    [Display(Name = "Passport number")] public string? PassportNumber { get; set; }
    [Display(Name = "Passport country")] public string? PassportCountry { get; set; }
    [Display(Name = "Social security number")] public string? SocialSecurityNumber { get; set; }
    [Display(Name = "Country of residence")] public string? CountryOfResidence { get; set; }
    [Display(Name = "Company name")] public string? CompanyName { get; set; }
    [Display(Name = "VAT number")] public string? VatNumber { get; set; }
    [Display(Name = "Tax reference")] public string? TaxReference { get; set; }
    [Display(Name = "Registration details")] public string? RegistrationDetails { get; set; }
    [Display(Name = "Employees")] public int? Employees { get; set; }
    [Display(Name = "Annual turnover")] public decimal? AnnualTurnover { get; set; }
    [Display(Name = "Established on")] public DateOnly? EstablishedOn { get; set; }
    [Display(Name = "Profile year")] public int? ProfileYear { get; set; }
    [Display(Name = "Industry")] public string? Industry { get; set; }
    [Display(Name = "Sector")] public string? Sector { get; set; }
    [Display(Name = "Preferred language")] public string? PreferredLanguage { get; set; }
    [Display(Name = "Reference code")] public string? ReferenceCode { get; set; }
    [Display(Name = "Notes")] public string? Notes { get; set; }
    [Display(Name = "Data origin")] public string? DataOrigin { get; set; }
    [Display(Name = "Categories (comma-separated)")] public string? Categories { get; set; }
    [Display(Name = "Accessibility needs")] public List<string> AccessibilityNeeds { get; set; } = [];
    [Display(Name = "Name day")] public string? NameDay { get; set; }

    [Display(Name = "Allowed channels")] public List<Channel> AllowedChannels { get; set; } = [];
    [Display(Name = "Preferred channel")] public Channel? PreferredChannel { get; set; }
    [Display(Name = "Valid until")] public DateOnly? ValidUntil { get; set; }
    [Display(Name = "Blocked")] public bool Blocked { get; set; }
    [Display(Name = "Reason for blocking")] public string? BlockedReason { get; set; }
    [Display(Name = "Confidentiality")] public Clearance Confidentiality { get; set; }
    [Display(Name = "Accounts-receivable reference")] public string? AccountReference { get; set; }

    /// <summary>The confidentiality levels within the operator's clearance, the only ones offered; set by the page, never bound.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public IReadOnlyList<Clearance> ConfidentialityLevels { get; set; } = [Clearance.Free];

    /// <summary>Only when creating: the first entries; blank rows are ignored.</summary>
    public List<EmailRow> Emails { get; set; } = [new(), new() { Type = "private" }];
    public List<PhoneRow> Phones { get; set; } = [new()];
    public List<AddressRow> Addresses { get; set; } = [new()];

    /// <summary>Only when creating: the companies the person is bound to (seed 003's Binding section).</summary>
    public List<CompanyRow> Companies { get; set; } = [];

    /// <summary>Only when creating: the keys of the consent purposes ticked, and the text version shown for each.</summary>
    public List<string> Consents { get; set; } = [];
    public Dictionary<string, Guid> ConsentTexts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The inputs of the organisation's custom fields by key (see <see cref="CustomFieldInputs"/>).</summary>
    public Dictionary<string, string?> CustomFields { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The active custom fields of this kind of contact, to render; set by the page, never bound.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public IReadOnlyList<ContactHub.CustomFields.CustomFieldView> CustomFieldDefinitions { get; set; } = [];

    /// <summary>The choices ticked per criterion key; each shown criterion posts an empty entry too, so untick-all clears it.</summary>
    public Dictionary<string, List<string>> Criteria { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The active criteria of this kind of contact, to render; set by the page, never bound.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public IReadOnlyList<ContactHub.Criteria.CriterionView> CriterionDefinitions { get; set; } = [];

    /// <summary>
    /// The criteria whose ticked choices differ from <paramref name="current"/> (all ticked ones when creating), for the
    /// request's "criteria": a criterion the form did not show is never sent, so it stays as it is.
    /// </summary>
    public Dictionary<string, IReadOnlyList<string>?> CriteriaRequest(IReadOnlyDictionary<string, IReadOnlyList<string>>? current)
    {
        var changed = new Dictionary<string, IReadOnlyList<string>?>(StringComparer.Ordinal);
        foreach (var criterion in CriterionDefinitions)
        {
            var ticked = Criteria.GetValueOrDefault(criterion.Key)?.Where(k => !string.IsNullOrWhiteSpace(k)).Distinct(StringComparer.Ordinal).ToList() ?? [];
            var before = current?.GetValueOrDefault(criterion.Key) ?? [];
            if (!ticked.Order(StringComparer.Ordinal).SequenceEqual(before.Order(StringComparer.Ordinal)))
            {
                changed[criterion.Key] = ticked;
            }
        }

        return changed;
    }

    /// <summary>The organisation's accessibility needs to offer; set by the page, never bound.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public IReadOnlyList<ContactHub.Definitions.Lists.ListEntryView> AccessibilityNeedOptions { get; set; } = [];

    /// <summary>The caller sees identity documents masked: they are shown read-only and never sent back.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public bool IdentityDocumentsMasked { get; set; }

    public ContactRequest ToRequest(bool withContactPoints) => new()
    {
        Kind = Kind,
        Title = Title, FirstName = FirstName, MiddleName = MiddleName, LastName = LastName, Gender = Gender, DateOfBirth = DateOfBirth,
        IdNumber = IdNumber, IdCountry = IdCountry, PassportNumber = PassportNumber, PassportCountry = PassportCountry,
        SocialSecurityNumber = SocialSecurityNumber, CountryOfResidence = CountryOfResidence,
        CompanyName = CompanyName, VatNumber = VatNumber, TaxReference = TaxReference, RegistrationDetails = RegistrationDetails,
        Employees = Employees, AnnualTurnover = AnnualTurnover, EstablishedOn = EstablishedOn,
        ProfileYear = Kind == ContactKind.Company ? ProfileYear : null,
        Industry = Industry, Sector = Sector, PreferredLanguage = PreferredLanguage, ReferenceCode = ReferenceCode, Notes = Notes,
        DataOrigin = DataOrigin,
        Categories = [.. (Categories ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
        AccessibilityNeeds = Kind == ContactKind.Person ? [.. AccessibilityNeeds] : null,
        NameDay = Kind == ContactKind.Person ? NameDay : null,
        // Ordered, so the comparison with the stored channels does not depend on the order the boxes were posted in.
        AllowedChannels = [.. AllowedChannels.Distinct().Order()],
        PreferredChannel = PreferredChannel,
        ValidUntil = ValidUntil,
        Blocked = Blocked,
        // Unblocking drops the reason with the block; the core refuses a block without one.
        BlockedReason = Blocked ? BlockedReason : null,
        Confidentiality = Confidentiality,
        AccountReference = AccountReference,
        Emails = withContactPoints ? [.. Emails.Where(e => !string.IsNullOrWhiteSpace(e.Address)).Select(e => new EmailRequest(e.Type, e.Address))] : null,
        Phones = withContactPoints ? [.. Phones.Where(p => !string.IsNullOrWhiteSpace(p.Number)).Select(p => new PhoneRequest(p.Type, p.Number))] : null,
        Addresses = withContactPoints ? [.. Addresses.Where(a => !a.IsBlank).Select(a => a.ToRequest())] : null,
        Companies = withContactPoints && Companies.Count > 0 ? [.. Companies.Select(c => new CompanyLinkRequest(c.CompanyId, c.Role))] : null,
        Consents = withContactPoints && Consents.Count > 0
            ? [.. Consents.Distinct(StringComparer.Ordinal).Select(k => new ConsentGrantRequest(k, ConsentTexts.TryGetValue(k, out var text) ? text : null))] : null,
    };

    /// <summary>
    /// The API names of the master-data fields whose value on this form differs from <paramref name="before"/>, the
    /// form as rendered from the stored contact. An edit sends exactly these: a field the form does not carry maps
    /// to null on both sides, so saving a form can never clear what it does not show. Custom fields are compared by
    /// <see cref="CustomFieldInputs"/>; the kind is never changed by a form.
    /// </summary>
    public IReadOnlySet<string> ChangedFrom(ContactForm before)
    {
        var (now, then) = (ToRequest(withContactPoints: false), before.ToRequest(withContactPoints: false));
        return ComparedFields
            .Where(p => !SameValue(p.GetValue(now), p.GetValue(then)))
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .ToHashSet(StringComparer.Ordinal);
    }

    // Every writable field of the request, so a field added to the form later is compared without anyone listing it.
    private static readonly PropertyInfo[] ComparedFields = [.. typeof(ContactRequest).GetProperties()
        .Where(p => p.Name is not (nameof(ContactRequest.Kind) or nameof(ContactRequest.CustomFields) or nameof(ContactRequest.Criteria)))];

    // As a browser posts it back: an empty input is no value, and a textarea sends its line breaks as CR LF.
    private static bool SameValue(object? a, object? b) => (Comparable(a), Comparable(b)) switch
    {
        (null, null) => true,
        (IEnumerable<object?> x, IEnumerable<object?> y) => x.SequenceEqual(y),
        var (x, y) => Equals(x, y),
    };

    private static object? Comparable(object? value) => value switch
    {
        string text => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ReplaceLineEndings("\n"),
        IEnumerable items => items.Cast<object?>().Select(Comparable).ToList() is { Count: > 0 } list ? list : null,
        _ => value,
    };

    public static ContactForm From(ContactView c) => new()
    {
        Kind = c.Kind,
        Title = c.Title, FirstName = c.FirstName, MiddleName = c.MiddleName, LastName = c.LastName, Gender = c.Gender, DateOfBirth = c.DateOfBirth,
        IdNumber = c.IdNumber, IdCountry = c.IdCountry, PassportNumber = c.PassportNumber, PassportCountry = c.PassportCountry,
        SocialSecurityNumber = c.SocialSecurityNumber, CountryOfResidence = c.CountryOfResidence,
        CompanyName = c.CompanyName, VatNumber = c.VatNumber, TaxReference = c.TaxReference, RegistrationDetails = c.RegistrationDetails,
        Employees = c.Employees, AnnualTurnover = c.AnnualTurnover, EstablishedOn = c.EstablishedOn, ProfileYear = c.ProfileYear,
        Industry = c.Industry, Sector = c.Sector, PreferredLanguage = c.PreferredLanguage, ReferenceCode = c.ReferenceCode, Notes = c.Notes,
        DataOrigin = c.DataOrigin,
        Categories = string.Join(", ", c.Categories),
        AccessibilityNeeds = [.. c.AccessibilityNeeds],
        NameDay = c.NameDay,
        AllowedChannels = [.. c.AllowedChannels],
        PreferredChannel = c.PreferredChannel,
        ValidUntil = c.ValidUntil,
        Blocked = c.Blocked,
        BlockedReason = c.BlockedReason,
        Confidentiality = c.Confidentiality,
        AccountReference = c.AccountReference,
        Emails = [], Phones = [], Addresses = [],
        CustomFields = CustomFieldInputs.FromView(c.CustomFields),
        Criteria = c.Criteria.ToDictionary(x => x.Key, x => x.Value.ToList(), StringComparer.Ordinal),
    };
}

public sealed class CompanyRow
{
    public Guid CompanyId { get; set; }

    /// <summary>The company's name as shown when it was picked; only for display.</summary>
    public string? Name { get; set; }

    [Display(Name = "Role at the company")] public string? Role { get; set; }
}

public sealed class EmailRow
{
    [Display(Name = "E-mail type")] public string? Type { get; set; } = "work";
    [Display(Name = "E-mail address")] public string? Address { get; set; }
}

public sealed class PhoneRow
{
    [Display(Name = "Phone type")] public string? Type { get; set; } = "mobile";
    [Display(Name = "Phone number")] public string? Number { get; set; }
}

public sealed class AddressRow
{
    [Display(Name = "Address type")] public string? Type { get; set; } = "home";
    [Display(Name = "Street")] public string? Street { get; set; }
    [Display(Name = "Postal code")] public string? PostalCode { get; set; }
    [Display(Name = "City")] public string? City { get; set; }
    [Display(Name = "Country (ISO code)")] public string? Country { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Street) && string.IsNullOrWhiteSpace(PostalCode) && string.IsNullOrWhiteSpace(City);

    public AddressRequest ToRequest() => new(Type, Street, null, PostalCode, City, null, Country);
}
