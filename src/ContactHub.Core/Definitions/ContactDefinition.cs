using ContactHub.Consent;

namespace ContactHub.Definitions;

/// <summary>
/// An organisation's rules for its contacts. So far: the channel defaults every new contact starts with
/// (all channels allowed, e-mail preferred, unless the organisation says otherwise).
/// </summary>
public sealed class ContactDefinition : Common.IOrganisationOwned
{
    private ContactDefinition()
    {
    }

    internal ContactDefinition(Guid organisationId)
    {
        OrganisationId = organisationId;
        AllowEmail = AllowPhone = AllowSms = AllowLetter = true;
        PreferredChannel = Channel.Email;
    }

    public Guid OrganisationId { get; private set; }

    public bool AllowEmail { get; private set; }
    public bool AllowPhone { get; private set; }
    public bool AllowSms { get; private set; }
    public bool AllowLetter { get; private set; }
    public Channel? PreferredChannel { get; private set; }

    /// <summary>The name rule: how every list and view orders a person's names.</summary>
    public Contacts.NameOrder NameOrder { get; private set; }

    internal void SetNameOrder(Contacts.NameOrder order) => NameOrder = order;

    /// <summary>The persons' uniqueness rule as JSON groups of field names, e.g. [["idNumber","lastName"],["socialSecurityNumber"]].</summary>
    public string PersonUniqueness { get; private set; } = "[]";

    public string CompanyUniqueness { get; private set; } = "[]";

    public Contacts.Uniqueness.UniquenessRules PersonRules => Contacts.Uniqueness.UniquenessRules.FromJson(PersonUniqueness);

    public Contacts.Uniqueness.UniquenessRules CompanyRules => Contacts.Uniqueness.UniquenessRules.FromJson(CompanyUniqueness);

    internal void SetUniqueness(Contacts.Uniqueness.UniquenessRules persons, Contacts.Uniqueness.UniquenessRules companies)
    {
        PersonUniqueness = persons.ToJson();
        CompanyUniqueness = companies.ToJson();
    }

    public IReadOnlySet<Channel> AllowedChannels => ChannelSet.From(AllowEmail, AllowPhone, AllowSms, AllowLetter);

    internal void SetChannelDefaults(IReadOnlySet<Channel> allowed, Channel? preferred)
    {
        (AllowEmail, AllowPhone, AllowSms, AllowLetter) = ChannelSet.Flags(allowed);
        PreferredChannel = preferred;
    }

    /// <summary>When the automatic name-day run (mode withoutNameDay) starts: a Quartz cron expression in UTC, or null.</summary>
    public string? NameDaySchedule { get; private set; }

    internal void SetNameDaySchedule(string? cron) => NameDaySchedule = cron;
}
