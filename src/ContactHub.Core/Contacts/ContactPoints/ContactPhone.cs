using ContactHub.Contacts.ContactPoints.Phones;

namespace ContactHub.Contacts.ContactPoints;

public sealed class ContactPhone : ContactPoint
{
    private ContactPhone()
    {
        Raw = string.Empty;
        E164 = string.Empty;
        ReversedDigits = string.Empty;
    }

    internal ContactPhone(Guid organisationId, Guid contactId, string type, PhoneNumber number, string? inUse)
        : base(organisationId, contactId, type, inUse)
    {
        Raw = number.Raw;
        E164 = number.E164;
        ReversedDigits = Reverse(E164);
        Extension = number.Extension;
        LineType = number.LineType;
    }

    /// <summary>The number exactly as entered, kept for the record.</summary>
    public string Raw { get; private set; }

    public string E164 { get; private set; }

    /// <summary>
    /// The digits of <see cref="E164"/> from last to first: the quick search finds a number by its trailing digits
    /// (typed with or without country code or trunk zero) as a prefix of this, which a b-tree index answers.
    /// </summary>
    public string ReversedDigits { get; private set; }

    public string? Extension { get; private set; }

    /// <summary>
    /// What the number is by its range (mobile, fixed line, ...), whatever <see cref="ContactPoint.Type"/> the user gave it:
    /// reachability sends SMS only to a line that may receive them (<see cref="PhoneLineTypes.MayReceiveSms"/>).
    /// </summary>
    public PhoneLineType LineType { get; private set; }

    /// <summary>Fills <see cref="ReversedDigits"/> for a number stored before it existed.</summary>
    internal void IndexDigits() => ReversedDigits = Reverse(E164);

    /// <summary>Fills <see cref="LineType"/> for a number stored before it existed.</summary>
    internal void Classify() => LineType = PhoneNumber.LineTypeOf(E164);

    internal static string Reverse(string digits)
    {
        var reversed = digits.TrimStart('+').ToCharArray();
        Array.Reverse(reversed);
        return new string(reversed);
    }

    public override string Describe() => $"{Type} phone {E164}";
}
