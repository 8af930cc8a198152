namespace ContactHub.Contacts.ContactPoints.Phones;

/// <summary>
/// What kind of line a number belongs to, as libphonenumber's numbering plans tell it from the number itself
/// (not from the type label a user gave it). Stored as text, like every enum.
/// </summary>
public enum PhoneLineType
{
    /// <summary>Not classified: a number stored before the line type existed that today's plans no longer accept.</summary>
    Unknown,
    FixedLine,
    Mobile,

    /// <summary>
    /// The plan cannot tell, as in the United States and Canada, where fixed and mobile numbers share their ranges:
    /// possibly a mobile.
    /// </summary>
    FixedLineOrMobile,
    TollFree,
    PremiumRate,
    SharedCost,
    Voip,
    PersonalNumber,
    Pager,
    Uan,
    Voicemail,
}

public static class PhoneLineTypes
{
    /// <summary>
    /// Whether a text message may reach the line: a mobile, or a number the plan cannot tell from a mobile. A fixed
    /// line, a toll-free or a premium-rate number cannot receive SMS. (Queries spell the same test out, so that the
    /// database evaluates it.)
    /// </summary>
    public static bool MayReceiveSms(this PhoneLineType type) => type is PhoneLineType.Mobile or PhoneLineType.FixedLineOrMobile;

    /// <summary>Lower-case words for pages: "mobile", "fixed line", "fixed line or mobile", "toll-free".</summary>
    public static string Describe(this PhoneLineType type) => type switch
    {
        PhoneLineType.FixedLine => "fixed line",
        PhoneLineType.Mobile => "mobile",
        PhoneLineType.FixedLineOrMobile => "fixed line or mobile",
        PhoneLineType.TollFree => "toll-free",
        PhoneLineType.PremiumRate => "premium rate",
        PhoneLineType.SharedCost => "shared cost",
        PhoneLineType.Voip => "VoIP",
        PhoneLineType.PersonalNumber => "personal number",
        PhoneLineType.Pager => "pager",
        PhoneLineType.Uan => "universal access number",
        PhoneLineType.Voicemail => "voicemail",
        _ => "unknown line type",
    };
}
