namespace ContactHub.Consent.Reachability;

/// <summary>
/// One contact's facts while the page's rows stream in: each child row is folded in as it arrives, and
/// <see cref="Build"/> turns the slot into facts, sharing the common values (<see cref="SharedFacts"/>).
/// A struct in an array: a page needs no allocation per contact beyond what its facts really hold.
/// </summary>
internal struct FactSlot
{
    public Guid ContactId;
    public bool IsBlocked;
    public DateOnly? ValidUntil;
    public int AllowedBits;
    public Channel? Preferred;
    public string? Phone;
    public string? MobilePhone;
    public string? PostalAddress;
    public int OverrideBits;

    private bool _hasBillingAddress;
    private string? _firstEmailType;
    private EmailFact? _firstEmail;
    private List<(string Type, EmailFact Fact)>? _moreEmails;
    private string? _firstScope;
    private bool _firstGranted;
    private Dictionary<string, bool>? _moreConsents;

    public void AddEmail(string type, string address, BounceStatus bounce)
    {
        var fact = new EmailFact(address, bounce);
        if (_firstEmail is null)
        {
            (_firstEmailType, _firstEmail) = (type, fact);
            return;
        }

        _moreEmails ??= [(_firstEmailType!, _firstEmail)];
        _moreEmails.Add((type, fact));
    }

    public void AddPhone(string type, string e164)
    {
        if (type == "mobile")
        {
            MobilePhone ??= e164;
        }
        else
        {
            Phone ??= e164;
        }
    }

    /// <summary>The first address, or for a financial type the first billing address if there is one.</summary>
    public void AddAddress(string type, string? street, string? postalCode, string? city, string country, bool billingFirst)
    {
        if (_hasBillingAddress || (PostalAddress is not null && !(billingFirst && type == "billing")))
        {
            return;
        }

        PostalAddress = PostalLine(street, postalCode, city, country);
        _hasBillingAddress = billingFirst && type == "billing";
    }

    public void AddConsent(string scope, bool granted)
    {
        if (_firstScope is null)
        {
            (_firstScope, _firstGranted) = (scope, granted);
            return;
        }

        // Add, not set: a second state for one scope is corrupt data and fails the batch, as before.
        _moreConsents ??= new Dictionary<string, bool>(StringComparer.Ordinal) { [_firstScope] = _firstGranted };
        _moreConsents.Add(scope, granted);
    }

    public readonly ReachabilityFacts Build()
    {
        return new ReachabilityFacts(
            ContactId,
            IsBlocked,
            ValidUntil,
            ChannelSet.Of(AllowedBits),
            Preferred,
            Emails(),
            Phone,
            MobilePhone,
            PostalAddress,
            _moreConsents ?? (_firstScope is null ? SharedFacts.NoConsents : SharedFacts.SingleConsent(_firstScope, _firstGranted)),
            ChannelSet.Of(OverrideBits));
    }

    private readonly EmailFact[] Emails()
    {
        if (_moreEmails is null)
        {
            return _firstEmail is null ? SharedFacts.NoEmails : [_firstEmail];
        }

        // One active address per type, so the order by type is total.
        _moreEmails.Sort((a, b) => string.CompareOrdinal(a.Type, b.Type));
        var emails = new EmailFact[_moreEmails.Count];
        for (var i = 0; i < emails.Length; i++)
        {
            emails[i] = _moreEmails[i].Fact;
        }

        return emails;
    }

    // "Street 1, 8000 Zürich, CH", leaving out empty parts.
    private static string PostalLine(string? street, string? postalCode, string? city, string country)
    {
        string? line = null;
        Append(ref line, street);
        Append(ref line, $"{postalCode} {city}".Trim());
        Append(ref line, country);
        return line ?? string.Empty;
    }

    private static void Append(ref string? line, string? part)
    {
        if (!string.IsNullOrWhiteSpace(part))
        {
            line = line is null ? part : string.Concat(line, ", ", part);
        }
    }
}
