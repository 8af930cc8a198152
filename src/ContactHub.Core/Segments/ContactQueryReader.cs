using ContactHub.Contacts.Listing;

namespace ContactHub.Segments;

/// <summary>
/// Reads one group of a segment — the contact list's query parameters as name → value — into the list's
/// <see cref="ContactQuery"/>, reporting a bad name or value as a field error under <paramref name="field"/>. The web host
/// provides the list's own parser, so a segment takes exactly the names and values <c>GET /contacts</c> takes.
/// </summary>
public delegate ContactQuery ContactQueryReader(IReadOnlyDictionary<string, string?> group, string field);
