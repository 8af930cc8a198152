namespace ContactHub.Definitions.Lists;

/// <summary>What an organisation's lists hold until it configures them (seed 001: business, home, billing, … types).</summary>
internal static class DefaultLists
{
    private static readonly ListEntry[] EmailTypes = [new("work", "Work"), new("private", "Private"), new("home", "Home"), new("billing", "Billing"), new("other", "Other")];

    private static readonly ListEntry[] PhoneTypes = [new("mobile", "Mobile"), new("work", "Work"), new("home", "Home"), new("fax", "Fax"), new("other", "Other")];

    private static readonly ListEntry[] AddressTypes =
        [new("home", "Home"), new("work", "Business"), new("billing", "Billing"), new("delivery", "Delivery"), new("po-box", "PO Box"), new("other", "Other")];

    private static readonly ListEntry[] RelationTypes =
    [
        new("spouse", "Spouse"), new("partner", "Partner"), new("parent", "Parent"), new("child", "Child"), new("sibling", "Sibling"),
        new("family", "Family member"), new("friend", "Friend"), new("colleague", "Colleague"), new("assistant", "Assistant"),
        new("manager", "Manager"), new("client", "Client"), new("subsidiary", "Subsidiary"), new("other", "Other"),
    ];

    private static readonly ListEntry[] Categories =
        [new("Customer", "Customer"), new("Prospect", "Prospect"), new("Partner", "Partner"), new("Supplier", "Supplier"), new("Press", "Press"), new("VIP", "VIP"), new("Donor", "Donor")];

    private static readonly ListEntry[] Sectors =
        [new("primary", "Primary"), new("industrial", "Industrial"), new("services", "Services"), new("financial", "Financial"), new("public", "Public")];

    private static readonly ListEntry[] Industries =
    [
        new("agriculture", "Agriculture", "primary"), new("mining", "Mining", "primary"),
        new("energy", "Energy", "industrial"), new("manufacturing", "Manufacturing", "industrial"), new("construction", "Construction", "industrial"),
        new("law", "Law", "services"), new("marketing", "Marketing", "services"), new("telecommunications", "Telecommunications", "services"),
        new("software", "Software", "services"), new("retail", "Retail", "services"), new("hospitality", "Hospitality", "services"),
        new("culture", "Culture and events", "services"), new("transport", "Transport", "services"),
        new("banking", "Banking", "financial"), new("insurance", "Insurance", "financial"),
        new("education", "Education", "public"), new("health", "Health", "public"), new("government", "Government", "public"),
    ];

    // Seed 002: the accommodation a person needs (a seat, access), never the nature of a disability.
    private static readonly ListEntry[] AccessibilityNeeds =
    [
        new("wheelchair-space", "Wheelchair space"), new("wheelchair-transfer", "Wheelchair user, transfers to a seat"),
        new("row-end", "Seat at the end of a row"), new("near-stage", "Seat near the stage"), new("step-free", "Step-free access"),
        new("companion-seat", "Seat for a companion"), new("hearing-loop", "Hearing loop"),
    ];

    private static readonly ListEntry[] DataOrigins =
        [new("email", "E-mail"), new("business-card", "Business card"), new("database", "Database"), new("internet", "Internet")];

    public static IReadOnlyList<ListEntry> Of(DefinitionList list) => list switch
    {
        DefinitionList.EmailTypes => EmailTypes,
        DefinitionList.PhoneTypes => PhoneTypes,
        DefinitionList.AddressTypes => AddressTypes,
        DefinitionList.RelationTypes => RelationTypes,
        DefinitionList.Categories => Categories,
        DefinitionList.Sectors => Sectors,
        DefinitionList.AccessibilityNeeds => AccessibilityNeeds,
        DefinitionList.DataOrigins => DataOrigins,
        _ => Industries,
    };
}
