namespace ContactHub.Contacts;

/// <summary>
/// The writable shape of a contact, used by create (all given fields) and by merge-patch (only the fields
/// present in the body). Every property is optional here; the rules decide what is required.
/// </summary>
public sealed record ContactRequest
{
    public ContactKind? Kind { get; init; }

    public string? Title { get; init; }
    public string? FirstName { get; init; }
    public string? MiddleName { get; init; }
    public string? LastName { get; init; }
    public Gender? Gender { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public string? IdNumber { get; init; }
    public string? IdCountry { get; init; }
    public string? PassportNumber { get; init; }
    public string? PassportCountry { get; init; }
    public string? SocialSecurityNumber { get; init; }
    public string? CountryOfResidence { get; init; }

    public string? CompanyName { get; init; }
    public string? VatNumber { get; init; }
    public string? TaxReference { get; init; }
    public string? RegistrationDetails { get; init; }
    public int? Employees { get; init; }
    public decimal? AnnualTurnover { get; init; }
    public DateOnly? EstablishedOn { get; init; }
    public int? ProfileYear { get; init; }

    public string? Industry { get; init; }
    public string? Sector { get; init; }
    public string? PreferredLanguage { get; init; }
    public string? ReferenceCode { get; init; }
    public string? Notes { get; init; }
    /// <summary>Where the data came from: a key of the organisation's data-origins list.</summary>
    public string? DataOrigin { get; init; }
    public IReadOnlyList<string>? Categories { get; init; }
    /// <summary>A person's accessibility needs: keys of the organisation's accessibility-needs list.</summary>
    public IReadOnlyList<string>? AccessibilityNeeds { get; init; }
    public DateOnly? ValidUntil { get; init; }
    public bool? Blocked { get; init; }
    public string? BlockedReason { get; init; }
    public IReadOnlyList<Consent.Channel>? AllowedChannels { get; init; }
    public Consent.Channel? PreferredChannel { get; init; }
    public Access.Clearance? Confidentiality { get; init; }
    public string? AccountReference { get; init; }

    /// <summary>Only on create: the contact's first e-mails, phones and addresses.</summary>
    public IReadOnlyList<EmailRequest>? Emails { get; init; }
    public IReadOnlyList<PhoneRequest>? Phones { get; init; }
    public IReadOnlyList<AddressRequest>? Addresses { get; init; }

    /// <summary>Only on create, only for a person: the companies it acts for, linked in the same transaction (seed 003's binding).</summary>
    public IReadOnlyList<CompanyLinkRequest>? Companies { get; init; }

    /// <summary>Only on create: the consents the person gave, each with the text version shown, recorded in the same transaction.</summary>
    public IReadOnlyList<ConsentGrantRequest>? Consents { get; init; }

    /// <summary>A person's name day, "MM-DD".</summary>
    public string? NameDay { get; init; }
    /// <summary>The organisation's custom fields by key (typed JSON values; in a merge-patch a null clears one, absent keys stay).</summary>
    public IReadOnlyDictionary<string, System.Text.Json.JsonElement>? CustomFields { get; init; }
    /// <summary>The organisation's criteria by key, each with its choice keys (in a merge-patch null or [] clears one, absent keys stay).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>?>? Criteria { get; init; }
}

public sealed record CompanyLinkRequest(Guid? CompanyId, string? Role = null);

/// <summary>A consent ticked when the contact is created: the purpose's key and the id of the text version the person was shown.</summary>
public sealed record ConsentGrantRequest(string? Purpose, Guid? TextId);

public sealed record EmailRequest(string? Type, string? Address, string? InUse = null);

public sealed record PhoneRequest(string? Type, string? Number, string? InUse = null);

public sealed record AddressRequest(
    string? Type,
    string? Street,
    string? Street2,
    string? PostalCode,
    string? City,
    string? Region,
    string? Country,
    string? InUse = null);
