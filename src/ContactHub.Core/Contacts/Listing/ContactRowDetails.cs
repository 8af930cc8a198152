using ContactHub.Consent;

namespace ContactHub.Contacts.Listing;

/// <summary>
/// What the list's optional columns need beyond a <see cref="ContactSummary"/>, asked for only when a column is shown:
/// the channels, the companies a person is linked to and the values of some custom fields.
/// </summary>
public sealed record ContactRowDetailsRequest(bool Channels = false, bool Companies = false, IReadOnlyCollection<string>? CustomFieldKeys = null)
{
    public bool Any => Channels || Companies || CustomFieldKeys is { Count: > 0 };
}

/// <summary>One row's details; parts not asked for are empty.</summary>
public sealed record ContactRowDetails(
    IReadOnlySet<Channel> AllowedChannels, Channel? PreferredChannel, IReadOnlyList<LinkedCompany> Companies, IReadOnlyDictionary<string, string> CustomValues)
{
    public static ContactRowDetails None { get; } = new(new HashSet<Channel>(), null, [], new Dictionary<string, string>());
}

/// <summary>A company a person is linked to (seed 003's "Customer" column), named by the organisation's rule.</summary>
public sealed record LinkedCompany(Guid Id, string Name, string? Role);
