namespace ContactHub.Contacts.ContactPoints;

public sealed class ContactAddress : ContactPoint
{
    private ContactAddress()
    {
        Country = string.Empty;
    }

    internal ContactAddress(Guid organisationId, Guid contactId, string type, PostalAddress address, string? inUse)
        : base(organisationId, contactId, type, inUse)
    {
        Street = address.Street;
        Street2 = address.Street2;
        PostalCode = address.PostalCode;
        City = address.City;
        Region = address.Region;
        Country = address.Country.Value;
    }

    public string? Street { get; private set; }

    public string? Street2 { get; private set; }

    public string? PostalCode { get; private set; }

    public string? City { get; private set; }

    public string? Region { get; private set; }

    public string Country { get; private set; }

    public override string Describe() => $"{Type} address {string.Join(", ", new[] { Street, PostalCode + " " + City, Country }.Where(p => !string.IsNullOrWhiteSpace(p)))}";
}
