using Bogus;
using ContactHub.Consent;
using ContactHub.Contacts;

namespace ContactHub.SampleData;

/// <summary>One consent decision of a generated contact, as the evidence of a real one would record it.</summary>
public sealed record GeneratedConsent(string Purpose, bool Granted, DateTime OccurredAt, string Method);

/// <summary>
/// How a generated contact may be reached: the channels it allows and prefers, and its marketing consents. Both are
/// drawn from the reference code alone, not from the generator's sequence: a stored contact's consents can be told
/// again from its reference code and kind (an importer takes no consents; they are recorded after the contacts exist).
/// </summary>
public sealed partial class ContactGenerator
{
    public const string DirectMarketing = "direct-marketing";

    private static readonly DateTime ConsentPeriodStart = new(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string[] GrantMethods = ["double opt-in confirmed", "web form checkbox", "signed paper form", "phone call, recorded"];

    private ContactRequest WithChannels(ContactRequest request)
    {
        var random = ChoicesFor(request.ReferenceCode!);
        var hasPhone = request.Phones is { Count: > 0 };
        var allowed = new List<Channel>(4);
        Allow(allowed, Channel.Email, random.Bool(0.9f));
        Allow(allowed, Channel.Letter, random.Bool(0.75f));
        Allow(allowed, Channel.Phone, hasPhone && random.Bool(0.6f));
        Allow(allowed, Channel.Sms, hasPhone && request.Kind == ContactKind.Person && random.Bool(0.4f));
        Channel? preferred = allowed.Count > 0 && random.Bool(0.7f) ? random.ArrayElement(allowed.ToArray()) : null;
        return request with { AllowedChannels = allowed, PreferredChannel = preferred };
    }

    /// <summary>
    /// The contact's direct-marketing decisions, oldest first: about 70 % of persons and 35 % of companies agreed,
    /// and about one in ten of those withdrew later; the others never decided.
    /// </summary>
    public IReadOnlyList<GeneratedConsent> ConsentsOf(string referenceCode, ContactKind kind)
    {
        // A stream of its own, apart from the channels' draws.
        var random = ChoicesFor(referenceCode + "/consent");
        if (!random.Bool(kind == ContactKind.Person ? 0.7f : 0.35f))
        {
            return [];
        }

        var granted = ConsentPeriodStart.AddMinutes(random.Number(0, 4 * 365 * 24 * 60));
        var grant = new GeneratedConsent(DirectMarketing, true, granted, random.ArrayElement(GrantMethods));
        return random.Bool(0.1f)
            ? [grant, new GeneratedConsent(DirectMarketing, false, granted.AddDays(random.Number(1, 300)), "unsubscribe link")]
            : [grant];
    }

    private static void Allow(List<Channel> allowed, Channel channel, bool allow)
    {
        if (allow)
        {
            allowed.Add(channel);
        }
    }

    private Randomizer ChoicesFor(string key) => new(StableHash(_seed, key));
}
