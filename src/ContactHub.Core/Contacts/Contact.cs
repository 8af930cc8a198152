using ContactHub.Common;
using ContactHub.Contacts.CompanyLinks;
using ContactHub.Contacts.ContactPoints;
using ContactHub.Contacts.Relations;
using ContactHub.Data;

namespace ContactHub.Contacts;

/// <summary>
/// A person or a company with its contact points, categories, relations and company links.
/// Master-data fields are set only by <see cref="ContactFields"/>, the one place that validates them;
/// the invariants across parts (one active entry per type, in-use entries stay active) live in the methods here.
/// <see cref="Version"/> is bumped on every change of the contact or any part and is the ETag.
/// </summary>
public sealed partial class Contact : IOrganisationOwned
{
    private readonly List<ContactEmail> _emails = [];
    private readonly List<ContactPhone> _phones = [];
    private readonly List<ContactAddress> _addresses = [];
    private readonly List<ContactCategory> _categories = [];
    private readonly List<ContactRelation> _relations = [];
    private readonly List<CompanyLink> _companyLinks = [];
    private readonly List<ContactAccessibilityNeed> _accessibilityNeeds = [];

    // EF's constructor. It takes no service on purpose: with the context as a parameter, EF built a delegate
    // (DynamicMethod.CreateDelegate in perf) on every query that read a contact. The loading code hands over the
    // sealer instead (see Contact.IdentityDocuments.cs).
    private Contact()
    {
        NameKey = string.Empty;
        _awaitingUnsealer = true;
    }

    internal Contact(Guid organisationId, ContactKind kind, DateTime now)
    {
        Id = Ids.New();
        OrganisationId = organisationId;
        Kind = kind;
        Version = 1;
        CreatedAt = now;
        UpdatedAt = now;
        NameKey = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public ContactKind Kind { get; private set; }

    public long Version { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>
    /// When the contact was moved to the recycle bin (<see cref="RecycleBin.RecycleBinService"/>); null while in use. The
    /// contact query filter hides a contact with a value from every read, list, search and uniqueness check.
    /// </summary>
    public DateTime? DeletedAt { get; private set; }

    public string? Title { get; internal set; }
    public string? FirstName { get; internal set; }
    public string? MiddleName { get; internal set; }
    public string? LastName { get; internal set; }
    public Gender? Gender { get; internal set; }
    public DateOnly? DateOfBirth { get; internal set; }
    public string? IdCountry { get; internal set; }
    public string? PassportCountry { get; internal set; }
    public string? CountryOfResidence { get; internal set; }

    public string? CompanyName { get; internal set; }
    public string? VatNumber { get; internal set; }
    public string? TaxReference { get; internal set; }
    public string? RegistrationDetails { get; internal set; }
    public int? Employees { get; internal set; }
    public decimal? AnnualTurnover { get; internal set; }
    public DateOnly? EstablishedOn { get; internal set; }

    /// <summary>The year a company's profile figures (turnover, employees) refer to (seed 001's "Profile Year").</summary>
    public int? ProfileYear { get; internal set; }

    public string? Industry { get; internal set; }
    public string? Sector { get; internal set; }
    public string? PreferredLanguage { get; internal set; }
    public string? ReferenceCode { get; internal set; }
    public string? Notes { get; internal set; }

    /// <summary>Where the contact's data came from: a key of the organisation's data-origins list (seed 003).</summary>
    public string? DataOrigin { get; internal set; }

    /// <summary>After this day the contact is invalid: the reachability policy refuses every message.</summary>
    public DateOnly? ValidUntil { get; internal set; }
    public bool IsBlocked { get; internal set; }
    public string? BlockedReason { get; internal set; }

    // Allowed channels as plain columns (see ChannelSet); set through SetChannels only.
    public bool AllowEmail { get; private set; } = true;
    public bool AllowPhone { get; private set; } = true;
    public bool AllowSms { get; private set; } = true;
    public bool AllowLetter { get; private set; } = true;
    public Consent.Channel? PreferredChannel { get; internal set; } = Consent.Channel.Email;

    public IReadOnlySet<Consent.Channel> AllowedChannels
    {
        get => Consent.ChannelSet.From(AllowEmail, AllowPhone, AllowSms, AllowLetter);
        internal set => (AllowEmail, AllowPhone, AllowSms, AllowLetter) = Consent.ChannelSet.Flags(value);
    }

    /// <summary>The name in the default order; what callers show goes through the organisation's rule (<see cref="NameFormatter"/>).</summary>
    public string DisplayName => NameFormatter.Format(NameOrder.FirstMiddleLast, this);

    /// <summary>How confidential the contact is; a caller with a lower clearance cannot see it at all.</summary>
    public Access.Clearance Confidentiality { get; internal set; }

    /// <summary>The accounts-receivable account in a billing system; set, it makes the contact a customer (Financial).</summary>
    public string? AccountReference { get; internal set; }

    /// <summary>The person's name day as "MM-DD" (set by hand or by the name-day run from the definition's rules).</summary>
    public string? NameDay { get; internal set; }

    /// <summary>The folded name (case, accents and spacing removed) that the name filter searches by prefix.</summary>
    public string NameKey { get; private set; }

    public IReadOnlyList<ContactEmail> Emails => _emails;
    public IReadOnlyList<ContactPhone> Phones => _phones;
    public IReadOnlyList<ContactAddress> Addresses => _addresses;
    public IReadOnlyList<ContactCategory> Categories => _categories;
    public IReadOnlyList<ContactRelation> Relations => _relations;
    public IReadOnlyList<CompanyLink> CompanyLinks => _companyLinks;

    /// <summary>The accommodations the person needs (seed 002: what is needed, never the nature of a disability).</summary>
    public IReadOnlyList<ContactAccessibilityNeed> AccessibilityNeeds => _accessibilityNeeds;

    /// <summary>Called by the audit step when the contact or any of its parts changed.</summary>
    internal void MoveToRecycleBin(DateTime now) => DeletedAt = now;

    internal void Restore() => DeletedAt = null;

    internal void Touch(DateTime now)
    {
        Version++;
        UpdatedAt = now;
    }

    internal void RefreshNames()
    {
        NameKey = Kind == ContactKind.Company
            ? TextNormalizer.Fold(CompanyName)
            : TextNormalizer.Fold(string.Join(' ', new[] { LastName, FirstName, MiddleName }.Where(p => !string.IsNullOrWhiteSpace(p))));
    }

    internal void SetCategories(IEnumerable<string> names)
    {
        var wanted = names.ToHashSet(StringComparer.OrdinalIgnoreCase);
        _categories.RemoveAll(c => !wanted.Contains(c.Name));
        foreach (var name in wanted.Where(n => !_categories.Exists(c => string.Equals(c.Name, n, StringComparison.OrdinalIgnoreCase))))
        {
            _categories.Add(new ContactCategory(OrganisationId, Id, name));
        }
    }

    internal void SetAccessibilityNeeds(IEnumerable<string> keys)
    {
        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        _accessibilityNeeds.RemoveAll(n => !wanted.Contains(n.Need));
        foreach (var key in wanted.Where(k => !_accessibilityNeeds.Exists(n => n.Need == k)))
        {
            _accessibilityNeeds.Add(new ContactAccessibilityNeed(OrganisationId, Id, key));
        }
    }
}
