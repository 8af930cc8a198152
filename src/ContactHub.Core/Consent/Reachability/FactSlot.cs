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

    private bool _hasPreferredAddress;
    private EmailFact? _firstEmail;
    private List<EmailFact>? _moreEmails;
    private string? _firstScope;
    private bool _firstGranted;
    private Dictionary<string, bool>? _moreConsents;

    /// <summary>An active address; they arrive in the order the policy tries them (by type).</summary>
    public void AddEmail(string address, BounceStatus bounce)
    {
        var fact = new EmailFact(address, bounce);
        if (_firstEmail is null)
        {
            _firstEmail = fact;
            return;
        }

        (_moreEmails ??= new List<EmailFact>(2)).Add(fact);
    }

    /// <summary>An active number; the first that may receive SMS is the SMS address, the first other one the phone's.</summary>
    public void AddPhone(bool mayReceiveSms, string e164)
    {
        if (mayReceiveSms)
        {
            MobilePhone ??= e164;
        }
        else
        {
            Phone ??= e164;
        }
    }

    /// <summary>The first address, unless a preferred one (billing, for a financial type) comes later.</summary>
    public void AddAddress(bool isPreferred, string? street, string? postalCode, string? city, string country)
    {
        if (_hasPreferredAddress || (PostalAddress is not null && !isPreferred))
        {
            return;
        }

        PostalAddress = PostalLine(street, postalCode, city, country);
        _hasPreferredAddress = isPreferred;
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
        if (_firstEmail is null)
        {
            return SharedFacts.NoEmails;
        }

        if (_moreEmails is null)
        {
            return [_firstEmail];
        }

        var emails = new EmailFact[_moreEmails.Count + 1];
        emails[0] = _firstEmail;
        _moreEmails.CopyTo(emails, 1);
        return emails;
    }

    // "Street 1, 8000 Zürich, CH", leaving out empty parts: built in a buffer on the stack, so an address costs
    // one string, not one per part (a page folds in some 15,000 addresses).
    private static string PostalLine(string? street, string? postalCode, string? city, string country)
    {
        var capacity = (street?.Length ?? 0) + (postalCode?.Length ?? 0) + (city?.Length ?? 0) + country.Length + 6;
        var buffer = capacity <= 512 ? stackalloc char[capacity] : new char[capacity];
        var length = 0;
        Append(buffer, ref length, street, ", ");
        Append(buffer, ref length, postalCode, ", ");
        Append(buffer, ref length, city, string.IsNullOrWhiteSpace(postalCode) ? ", " : " ");  // "8000 Zürich"
        Append(buffer, ref length, country, ", ");
        return new string(buffer[..length]);
    }

    private static void Append(Span<char> buffer, ref int length, string? part, string separator)
    {
        var text = part.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return;
        }

        if (length > 0)
        {
            separator.CopyTo(buffer[length..]);
            length += separator.Length;
        }

        text.CopyTo(buffer[length..]);
        length += text.Length;
    }
}
