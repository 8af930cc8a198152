using ContactHub.Contacts.ContactPoints.Phones;

namespace ContactHub.Contacts.ContactPoints;

public sealed class ContactPhone : ContactPoint
{
    private ContactPhone()
    {
        Raw = string.Empty;
        E164 = string.Empty;
    }

    internal ContactPhone(Guid organisationId, Guid contactId, string type, PhoneNumber number, string? inUse)
        : base(organisationId, contactId, type, inUse)
    {
        Raw = number.Raw;
        E164 = number.E164;
        Extension = number.Extension;
    }

    /// <summary>The number exactly as entered, kept for the record.</summary>
    public string Raw { get; private set; }

    public string E164 { get; private set; }

    public string? Extension { get; private set; }

    public override string Describe() => $"{Type} phone {E164}";
}
