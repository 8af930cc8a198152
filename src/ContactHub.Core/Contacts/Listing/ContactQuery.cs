using ContactHub.Common;

namespace ContactHub.Contacts.Listing;

/// <summary>A contact in a list: enough to show a row and open it.</summary>
public sealed record ContactSummary(
    Guid Id, ContactKind Kind, string DisplayName, string? ReferenceCode, string? PrimaryEmail, long Version, DateTime UpdatedAt,
    bool HasNotes = false, DateTime? CreatedAt = null, bool Blocked = false, bool Invalid = false,
    Access.Clearance Confidentiality = Access.Clearance.Free, LifeCycle LifeCycle = LifeCycle.Marketing, ContactStatus Status = ContactStatus.Draft);

/// <summary>A count of matching contacts; <see cref="AtLeast"/> when there are more than <see cref="Value"/> (the cap).</summary>
public sealed record ContactCount(int Value, bool AtLeast)
{
    /// <summary>The count of a query run with <c>Take(cap + 1)</c>: past the cap it says "at least the cap".</summary>
    public static ContactCount Capped(int counted, int cap) => counted > cap ? new(cap, AtLeast: true) : new(counted, AtLeast: false);

    /// <summary>"1,234", or "10,000+" past the cap: the one way a count is written.</summary>
    public override string ToString() => Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + (AtLeast ? "+" : string.Empty);
}

/// <summary>A page of contacts; <see cref="PreviousCursor"/> (for <see cref="ContactQuery.Before"/>) is set when rows may precede it.</summary>
public sealed record ContactPage(IReadOnlyList<ContactSummary> Items, string? NextCursor, string? PreviousCursor = null);

/// <summary>The order of a contact list: by creation (the id) or by the folded name, each with the id as tie-breaker.</summary>
public enum ContactSort
{
    Created,
    Name,
}

/// <summary>
/// A filtered, keyset-paged list. <see cref="Cursor"/> continues after a row, <see cref="Before"/> goes back before one;
/// <see cref="Email"/> and <see cref="ReferenceCode"/> match exactly; <see cref="Search"/> is the quick search (name with a
/// typo, e-mail prefix, phone digits or reference code, decided by what it looks like).
/// <see cref="HasEmail"/> and <see cref="HasPhone"/> look at active entries only (an inactive one is history);
/// <see cref="Country"/> matches the country of residence or the country of any active address. The time ranges include
/// their start and exclude their end (<c>createdFrom</c> ≤ created &lt; <c>createdTo</c>), so consecutive ranges meet
/// without overlap. <see cref="PostalCodeFrom"/> to <see cref="PostalCodeTo"/> (both inclusive, compared as text) and
/// <see cref="HasAddress"/> look at active addresses; <see cref="LinkedCompany"/> is a company the person acts for.
/// <see cref="IncludeArchivedFields"/> lets a saved segment keep filtering by a custom field archived since.
/// </summary>
public sealed record ContactQuery(
    string? Name = null,
    ContactKind? Kind = null,
    string? Category = null,
    string? Cursor = null,
    int Limit = 50,
    ContactSort Sort = ContactSort.Created,
    bool Descending = false,
    string? Before = null,
    string? Email = null,
    string? ReferenceCode = null,
    Consent.Channel? AllowedChannel = null,
    Consent.Channel? PreferredChannel = null,
    string? ConsentPurpose = null,
    bool? ConsentGranted = null,
    bool IncludeInvalid = false,
    ContactStatus? Status = null,
    LifeCycle? LifeCycle = null,
    IReadOnlyList<CustomFields.CustomFieldFilter>? CustomFields = null,
    string? AccessibilityNeed = null,
    Access.Clearance? Confidentiality = null,
    string? Search = null,
    bool? Blocked = null,
    bool? HasEmail = null,
    bool? HasPhone = null,
    CountryCode? Country = null,
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedTo = null,
    DateTimeOffset? UpdatedFrom = null,
    DateTimeOffset? UpdatedTo = null,
    bool? HasAddress = null,
    string? PostalCodeFrom = null,
    string? PostalCodeTo = null,
    Guid? LinkedCompany = null,
    bool IncludeArchivedFields = false,
    IReadOnlyList<Criteria.CriterionFilter>? Criteria = null,
    int? InteractionWithinDays = null);
