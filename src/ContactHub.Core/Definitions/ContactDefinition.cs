using ContactHub.Consent;
using ContactHub.Definitions.Lists;

namespace ContactHub.Definitions;

/// <summary>
/// An organisation's rules for its contacts: channel defaults, name rule, uniqueness and completeness rules, and the
/// managed lists (types, categories, industries and sectors) its contacts' values are chosen from.
/// </summary>
public sealed class ContactDefinition : Common.IOrganisationOwned
{
    private readonly List<DefinitionListItem> _listItems = [];

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

    /// <summary>
    /// The secret the unique keys are keyed with (HMAC), sealed like identity documents: a rule on an ID or social security
    /// number must not leave a plain hash of it, which a short number space would give away. Null only for a definition
    /// from before it existed, whose keys are unkeyed until its rules are next set.
    /// </summary>
    internal string? SealedUniquenessKey { get; private set; }

    internal static string NewUniquenessKey(Contacts.IdentityDocuments.IdentityDocumentSealer sealer) =>
        sealer.Seal(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));

    internal void SetUniqueness(Contacts.Uniqueness.UniquenessRules persons, Contacts.Uniqueness.UniquenessRules companies, string sealedKey)
    {
        SealedUniquenessKey = sealedKey;
        PersonUniqueness = persons.ToJson();
        CompanyUniqueness = companies.ToJson();
    }

    public IReadOnlySet<Channel> AllowedChannels => ChannelSet.From(AllowEmail, AllowPhone, AllowSms, AllowLetter);

    internal void SetChannelDefaults(IReadOnlySet<Channel> allowed, Channel? preferred)
    {
        (AllowEmail, AllowPhone, AllowSms, AllowLetter) = ChannelSet.Flags(allowed);
        PreferredChannel = preferred;
    }

    /// <summary>The fields each kind needs to be Complete, as JSON: {"Persons": [...], "Companies": [...]}.</summary>
    public string Completeness { get; private set; } = Contacts.CompletenessRules.Default.ToJson();

    public Contacts.CompletenessRules CompletenessRules => Contacts.CompletenessRules.FromJson(Completeness);

    internal void SetCompleteness(Contacts.CompletenessRules rules) => Completeness = rules.ToJson();

    /// <summary>The stored entries of the managed lists; <see cref="Lists"/> adds the defaults of lists never configured.</summary>
    public IReadOnlyList<DefinitionListItem> ListItems => _listItems;

    // Built once per loaded definition: the bulk import asks it for every row.
    public DefinitionLists Lists => _lists ??= DefinitionLists.From(_listItems);

    private DefinitionLists? _lists;

    /// <summary>
    /// Makes <paramref name="entries"/> the list's active entries in that order; stored entries not named are archived
    /// (contacts keep them), archived ones named again come back. Returns the keys that were archived.
    /// </summary>
    internal IReadOnlyList<string> ReplaceList(DefinitionList list, IReadOnlyList<ListEntry> entries)
    {
        _lists = null;
        if (!_listItems.Exists(i => i.List == list))
        {
            // First change of a list still on its defaults: the defaults become stored entries, so dropping one archives it.
            _listItems.AddRange(DefinitionLists.Defaults[list].Select((e, i) => new DefinitionListItem(OrganisationId, list, e.Key, e.Name, e.Parent, i)));
        }

        foreach (var (entry, position) in entries.Select((e, i) => (e, i)))
        {
            var item = _listItems.Find(i => i.List == list && string.Equals(i.Key, entry.Key, StringComparison.Ordinal));
            if (item is null)
            {
                _listItems.Add(new DefinitionListItem(OrganisationId, list, entry.Key, entry.Name, entry.Parent, position));
            }
            else
            {
                item.Change(entry.Name, entry.Parent, position);
            }
        }

        var archived = new List<string>();
        foreach (var item in _listItems.Where(i => i.List == list && !i.IsArchived && !entries.Any(e => string.Equals(e.Key, i.Key, StringComparison.Ordinal))))
        {
            item.Archive();
            archived.Add(item.Key);
        }

        return archived;
    }

    /// <summary>When the automatic name-day run (mode withoutNameDay) starts: a Quartz cron expression in UTC, or null.</summary>
    public string? NameDaySchedule { get; private set; }

    internal void SetNameDaySchedule(string? cron) => NameDaySchedule = cron;

    /// <summary>The language of a contact that names none (seed 001: "if none is specified, the system will use the default language").</summary>
    public string? DefaultLanguage { get; private set; }

    internal void SetDefaultLanguage(string? language) => DefaultLanguage = language;

    /// <summary>The privacy-level rules as JSON (<see cref="PrivacyLevels.PrivacyLevelRules"/>): which contacts are made at least how confidential.</summary>
    public string PrivacyLevels { get; private set; } = "[]";

    public PrivacyLevels.PrivacyLevelRules PrivacyLevelRules => Definitions.PrivacyLevels.PrivacyLevelRules.FromJson(PrivacyLevels);

    internal void SetPrivacyLevels(PrivacyLevels.PrivacyLevelRules rules) => PrivacyLevels = rules.ToJson();

    /// <summary>The one answer to "in which language do we address this contact": its own, else the organisation's default.</summary>
    public static string? LanguageOf(Contacts.Contact contact, ContactDefinition? definition) => contact.PreferredLanguage ?? definition?.DefaultLanguage;
}
