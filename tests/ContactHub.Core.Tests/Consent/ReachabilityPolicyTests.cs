using ContactHub.Consent;
using ContactHub.Consent.Reachability;

namespace ContactHub.Core.Tests.Consent;

public sealed class ReachabilityPolicyTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly Guid Purpose = Guid.NewGuid();
    private static readonly NotificationFacts Newsletter = new(Guid.NewGuid(), "newsletter", PurposeClass.Marketing, Purpose, "Direct marketing");
    private static readonly NotificationFacts Invoice = new(Guid.NewGuid(), "invoice", PurposeClass.Financial, null, null);
    private static readonly NotificationFacts Service = new(Guid.NewGuid(), "service-notice", PurposeClass.Service, null, null);

    public static TheoryData<string, ReachabilityFacts, NotificationFacts, Channel?, ReachabilityOutcome, Channel?, ReasonCode[]> Cases => new()
    {
        { "everything in place", Contact(), Newsletter, null, ReachabilityOutcome.Reachable, Channel.Email, [] },
        { "no consent for marketing", Contact(consents: []), Newsletter, Channel.Email, ReachabilityOutcome.NotReachable, null, [ReasonCode.NoConsent, ReasonCode.NoConsent, ReasonCode.NoConsent] },
        { "consent withdrawn", Contact(consents: new() { ["all"] = false }), Newsletter, Channel.Email, ReachabilityOutcome.NotReachable, null, [ReasonCode.ConsentWithdrawn, ReasonCode.ConsentWithdrawn, ReasonCode.ConsentWithdrawn] },
        { "channel consent refines all", Contact(consents: new() { ["all"] = true, ["email"] = false }), Newsletter, Channel.Email, ReachabilityOutcome.Fallback, Channel.Letter, [ReasonCode.ConsentWithdrawn] },
        { "invoice ignores marketing opt-out", Contact(consents: new() { ["all"] = false }), Invoice, Channel.Email, ReachabilityOutcome.Reachable, Channel.Email, [] },
        { "service ignores marketing opt-out", Contact(consents: []), Service, null, ReachabilityOutcome.Reachable, Channel.Email, [] },
        { "email not allowed falls back to letter", Contact(allowed: [Channel.Letter, Channel.Phone]), Invoice, Channel.Email, ReachabilityOutcome.Fallback, Channel.Letter, [ReasonCode.ChannelNotAllowed] },
        { "hard bounce falls back", Contact(emails: [new("a@example.com", BounceStatus.Hard)]), Invoice, Channel.Email, ReachabilityOutcome.Fallback, Channel.Letter, [ReasonCode.EmailHardBounced] },
        { "soft bounce still usable", Contact(emails: [new("a@example.com", BounceStatus.Soft)]), Invoice, Channel.Email, ReachabilityOutcome.Reachable, Channel.Email, [] },
        { "second address used when first bounced", Contact(emails: [new("a@example.com", BounceStatus.Hard), new("b@example.com", BounceStatus.None)]), Invoice, Channel.Email, ReachabilityOutcome.Reachable, Channel.Email, [] },
        { "no email", Contact(emails: []), Invoice, Channel.Email, ReachabilityOutcome.Fallback, Channel.Letter, [ReasonCode.NoActiveEmail] },
        { "sms needs a mobile", Contact(mobile: null), Invoice, Channel.Sms, ReachabilityOutcome.Fallback, Channel.Letter, [ReasonCode.NoMobilePhone] },
        { "phone needs a number", Contact(phone: null, mobile: null), Service, Channel.Phone, ReachabilityOutcome.Fallback, Channel.Letter, [ReasonCode.NoActivePhone] },
        { "letter needs an address", Contact(postal: null), Invoice, Channel.Letter, ReachabilityOutcome.Fallback, Channel.Email, [ReasonCode.NoPostalAddress] },
        { "nothing works", Contact(allowed: [], postal: null), Invoice, Channel.Email, ReachabilityOutcome.NotReachable, null, [ReasonCode.ChannelNotAllowed, ReasonCode.ChannelNotAllowed, ReasonCode.NoPostalAddress, ReasonCode.ChannelNotAllowed] },
        { "blocked", Contact(blocked: true), Invoice, null, ReachabilityOutcome.NotReachable, null, [ReasonCode.ContactBlocked] },
        { "invalid after validity end", Contact(validUntil: Today.AddDays(-1)), Invoice, null, ReachabilityOutcome.NotReachable, null, [ReasonCode.ContactInvalid] },
        { "valid on its last day", Contact(validUntil: Today), Invoice, null, ReachabilityOutcome.Reachable, Channel.Email, [] },
        { "preferred channel is the default", Contact(preferred: Channel.Letter), Invoice, null, ReachabilityOutcome.Reachable, Channel.Letter, [] },
        { "override lifts a refusal", Contact(allowed: [Channel.Letter], overrides: [Channel.Email]), Invoice, Channel.Email, ReachabilityOutcome.Reachable, Channel.Email, [ReasonCode.Overridden] },
        { "override does not invent an address", Contact(emails: [], overrides: [Channel.Email]), Invoice, Channel.Email, ReachabilityOutcome.Fallback, Channel.Letter, [ReasonCode.NoActiveEmail] },
        { "marketing type without purpose", Contact(), Newsletter with { ConsentPurposeId = null }, null, ReachabilityOutcome.NotReachable, null, [ReasonCode.NotificationTypeMisconfigured] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_GivesTheOutcomeChannelAndEveryReason(
        string because, ReachabilityFacts contact, NotificationFacts type, Channel? requested, ReachabilityOutcome outcome, Channel? channel, ReasonCode[] reasons)
    {
        var decision = ReachabilityPolicy.Decide(contact, type, requested, Today);

        Assert.True(outcome == decision.Outcome, $"{because}: expected {outcome}, got {decision.Outcome} ({string.Join("; ", decision.Reasons.Select(r => r.Message))})");
        Assert.Equal(channel, decision.Channel);
        Assert.Equal(reasons, decision.Reasons.Select(r => r.Code));
        Assert.Equal(channel is null, decision.Address is null);
    }

    [Fact]
    public void Decide_GivesTheConcreteAddress()
    {
        Assert.Equal("anna@example.com", ReachabilityPolicy.Decide(Contact(), Invoice, Channel.Email, Today).Address);
        Assert.Equal("+41791234567", ReachabilityPolicy.Decide(Contact(), Invoice, Channel.Sms, Today).Address);
        Assert.Equal("Main St 1, 8000 Zürich, CH", ReachabilityPolicy.Decide(Contact(), Invoice, Channel.Letter, Today).Address);
    }

    [Fact]
    public void Decide_FailsClosed_WhenTheFactsAreBroken()
    {
        var broken = Contact() with { Allowed = null! };
        var decision = ReachabilityPolicy.Decide(broken, Invoice, Channel.Email, Today);
        Assert.Equal(ReachabilityOutcome.NotReachable, decision.Outcome);
        Assert.Equal(ReasonCode.PolicyError, Assert.Single(decision.Reasons).Code);
    }

    private static ReachabilityFacts Contact(
        HashSet<Channel>? allowed = null,
        Channel? preferred = Channel.Email,
        EmailFact[]? emails = null,
        string? phone = "+41446681800",
        string? mobile = "+41791234567",
        string? postal = "Main St 1, 8000 Zürich, CH",
        Dictionary<string, bool>? consents = null,
        bool blocked = false,
        DateOnly? validUntil = null,
        HashSet<Channel>? overrides = null) =>
        new(Guid.NewGuid(), blocked, validUntil,
            allowed ?? new HashSet<Channel> { Channel.Email, Channel.Phone, Channel.Sms, Channel.Letter },
            preferred,
            emails ?? [new("anna@example.com", BounceStatus.None)],
            phone, mobile, postal,
            consents ?? new Dictionary<string, bool> { ["all"] = true },
            overrides ?? []);
}
