using ContactHub.Common;
using ContactHub.Consent;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts;

/// <summary>
/// What a contact created one at a time (API or back office) may bring besides its own fields (seed 003's create form):
/// the consents ticked and the companies bound. Both are checked before anything is added, then added to the same
/// unit of work as the contact, so a failing link or consent leaves nothing half-written.
/// </summary>
internal static class ContactCreation
{
    /// <summary>The consent events of the ticked purposes (not yet added), or none with the errors recorded.</summary>
    public static async Task<List<ConsentEvent>> ConsentsAsync(AppDbContext db, Contact contact, IReadOnlyList<ConsentGrantRequest>? grants, DateTime now, ValidationErrors errors, CancellationToken ct)
    {
        var events = new List<ConsentEvent>();
        foreach (var (grant, i) in (grants ?? []).Select((g, i) => (g, i)))
        {
            var field = $"consents[{i}]";
            var purpose = await ConsentService.FindPurposeAsync(db, grant?.Purpose, errors, ct, $"{field}.purpose");
            await ConsentService.RequireTextAsync(db, grant?.TextId, purpose, errors, ct, $"{field}.textId");
            if (purpose is null || grant?.TextId is not { } textId)
            {
                continue;
            }

            if (events.Exists(e => e.PurposeId == purpose.Id))
            {
                errors.Add($"{field}.purpose", "This purpose is ticked twice.");
                continue;
            }

            events.Add(new ConsentEvent(contact.OrganisationId, contact.Id, purpose.Id, null, true, now, db.Caller, "ticked when created", textId, null, null, now));
        }

        return events;
    }

    /// <summary>Binds the person to each company (visible to the caller, of kind company), recording errors by row.</summary>
    public static async Task ConnectAsync(AppDbContext db, Contact contact, IReadOnlyList<CompanyLinkRequest>? links, DateTime now, ValidationErrors errors, CancellationToken ct)
    {
        if (links is not { Count: > 0 })
        {
            return;
        }

        if (contact.Kind != ContactKind.Person)
        {
            errors.Add("companies", "Only a person is bound to companies.");
            return;
        }

        var ids = links.Select(l => l?.CompanyId).OfType<Guid>().Distinct().ToList();
        var companies = await db.Contacts.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        foreach (var (link, i) in links.Select((l, i) => (l, i)))
        {
            var field = $"companies[{i}]";
            var role = ContactLinkService.ValidRole(link?.Role, $"{field}.role", errors);
            if (link?.CompanyId is not { } id || !companies.TryGetValue(id, out var company) || company.Kind != ContactKind.Company)
            {
                errors.Add($"{field}.companyId", "No such company.");
            }
            else if (contact.CompanyLinks.Any(l => l.CompanyId == id))
            {
                errors.Add($"{field}.companyId", "This company is named twice.");
            }
            else if (!errors.HasErrors)
            {
                contact.ConnectTo(company, role, now);
            }
        }
    }
}
