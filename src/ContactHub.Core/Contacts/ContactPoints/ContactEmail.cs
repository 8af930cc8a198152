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

    public Consent.BounceStatus BounceStatus { get; private set; }

    public DateTime? BouncedAt { get; private set; }

    public string? BounceDiagnostic { get; private set; }

    /// <summary>A hard bounce makes the address unusable until a later delivery (status none) clears it.</summary>
    internal void RecordBounce(Consent.BounceStatus status, DateTime at, string? diagnostic)
    {
        BounceStatus = status;
        BouncedAt = status == Consent.BounceStatus.None ? null : at;
        BounceDiagnostic = status == Consent.BounceStatus.None ? null : diagnostic;
    }

    public override string Describe() => $"{Type} e-mail {Address}";
}
