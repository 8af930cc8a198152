using ContactHub.Common;

namespace ContactHub.Consent;

/// <summary>
/// Something a contact may agree to (direct marketing, affiliate marketing with named partners, a newsletter).
/// Its wording lives in versioned <see cref="ConsentText"/>s; <see cref="GrantedByDefault"/> is the definition's
/// authorisation setting applied to new contacts.
/// </summary>
public sealed class ConsentPurpose : IOrganisationOwned
{
    private ConsentPurpose()
    {
        Key = string.Empty;
        Name = string.Empty;
        Partners = string.Empty;
    }

    internal ConsentPurpose(Guid organisationId, string key, string name, ConsentPurposeKind kind, IEnumerable<string> partners, bool grantedByDefault, DateTime now)
    {
        Id = Ids.New();
        OrganisationId = organisationId;
        Key = key;
        Name = name;
        Kind = kind;
        Partners = string.Join('\n', partners);
        GrantedByDefault = grantedByDefault;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>A stable, URL-safe key such as "direct-marketing"; also the placeholder name (camelCased).</summary>
    public string Key { get; private set; }

    public string Name { get; private set; }

    public ConsentPurposeKind Kind { get; private set; }

    /// <summary>For affiliate marketing: the partners the consent extends to, one per line.</summary>
    public string Partners { get; private set; }

    public bool GrantedByDefault { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public IReadOnlyList<string> PartnerList => Partners.Length == 0 ? [] : Partners.Split('\n');

    internal void Change(string name, IEnumerable<string> partners, bool grantedByDefault)
    {
        Name = name;
        Partners = string.Join('\n', partners);
        GrantedByDefault = grantedByDefault;
    }
}
