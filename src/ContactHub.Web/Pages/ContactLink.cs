using ContactHub.Common;
using ContactHub.Contacts;

namespace ContactHub.Web.Pages;

/// <summary>A contact named on a page as a link; only contacts the caller may see are resolved (clearance, tenant).</summary>
public sealed record ContactLink(Guid Id, string Name)
{
    /// <summary>The visible contacts among <paramref name="ids"/>, in order, by the organisation's name rule; hidden ones are left out.</summary>
    public static async Task<IReadOnlyList<ContactLink>> ResolveAsync(ContactService contacts, IEnumerable<Guid> ids, CancellationToken ct)
    {
        var links = new List<ContactLink>();
        foreach (var id in ids.Distinct())
        {
            try
            {
                var contact = await contacts.GetAsync(id, ct);
                links.Add(new ContactLink(id, contact.DisplayName.Length > 0 ? contact.DisplayName : "(no name)"));
            }
            catch (NotFoundException)
            {
                // Above the caller's clearance (or gone since): counted by the page, never named.
            }
        }

        return links;
    }
}
