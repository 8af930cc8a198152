namespace ContactHub.Contacts.ContactPoints;

public sealed class ContactEmail : ContactPoint
{
    private ContactEmail()
    {
        Address = string.Empty;
        Normalized = string.Empty;
    }

    internal ContactEmail(Guid organisationId, Guid contactId, string type, EmailAddress address, string? inUse)
        : base(organisationId, contactId, type, inUse)
    {
        Address = address.Value;
        Normalized = address.Normalized;
    }

    public string Address { get; private set; }

    /// <summary>Lower-case, punycode domain: what search and uniqueness compare.</summary>
    public string Normalized { get; private set; }

    public override string Describe() => $"{Type} e-mail {Address}";
}
