using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Contacts.ContactPoints;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts;

/// <summary>Creating, reading, listing, changing and deleting contacts — the rules every path (API, UI, imports) goes through.</summary>
public sealed class ContactService(AppDbContext db, CallerContext caller, TimeProvider clock)
{
    public const int MaxPageSize = 200;

    public async Task<ContactView> CreateAsync(ContactRequest request, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == caller.RequireOrganisation(), ct);
        if (request.Kind is not { } kind)
        {
            throw ValidationFailedException.For("kind", "Say whether the contact is a \"person\" or a \"company\".");
        }

        var errors = new ValidationErrors();
        var now = clock.GetUtcNow().UtcDateTime;
        var contact = new Contact(organisation.Id, kind, now);
        ContactFields.Apply(contact, request, null, errors, DateOnly.FromDateTime(now));
        ContactPointInput.AddAll(contact, request, organisation.DefaultCountry, errors);
        errors.ThrowIfAny();

        db.Contacts.Add(contact);
        await db.SaveChangesAsync(ct);
        return await db.ViewAsync(contact, ct);
    }

    public Task<ContactView> GetAsync(Guid id, CancellationToken ct) => db.ViewAsync(id, ct);

    /// <summary>Applies a merge-patch: only the <paramref name="present"/> fields change; a present null clears one.</summary>
    public async Task<ContactView> UpdateAsync(Guid id, ContactRequest patch, IReadOnlySet<string> present, long expectedVersion, CancellationToken ct)
    {
        var contact = await db.LoadAsync(id, ct);
        contact.EnsureVersion(expectedVersion);
        var errors = new ValidationErrors();
        foreach (var name in present.Where(n => !ContactFields.PatchableNames.Contains(n)))
        {
            errors.Add(name, name is "emails" or "phones" or "addresses"
                ? $"Change {name} through /contacts/{{id}}/{name}."
                : name == "kind" ? "The kind of a contact cannot be changed." : "This field cannot be changed.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        ContactFields.Apply(contact, patch, present, errors, DateOnly.FromDateTime(now));
        errors.ThrowIfAny();
        await db.SaveChangesAsync(ct);
        return await db.ViewAsync(contact, ct);
    }

    public async Task DeleteAsync(Guid id, long expectedVersion, CancellationToken ct)
    {
        var contact = await db.LoadAsync(id, ct);
        contact.EnsureVersion(expectedVersion);
        db.Contacts.Remove(contact);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A page of contacts in the asked order, continued by keyset cursors (never OFFSET, so deep pages stay fast).</summary>
    public Task<ContactPage> ListAsync(ContactQuery query, CancellationToken ct) => ContactListing.PageAsync(Filter(query), query, ct);

    private IQueryable<Contact> Filter(ContactQuery query)
    {
        var contacts = db.Contacts.AsNoTracking();
        if (query.Kind is { } kind)
        {
            contacts = contacts.Where(c => c.Kind == kind);
        }

        if (TextNormalizer.Fold(query.Name) is { Length: > 0 } name)
        {
            contacts = contacts.Where(c => c.NameKey.StartsWith(name));
        }

        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            var category = query.Category.Trim();
            contacts = contacts.Where(c => c.Categories.Any(x => x.Name == category));
        }

        if (!string.IsNullOrWhiteSpace(query.ReferenceCode))
        {
            var code = query.ReferenceCode.Trim();
            contacts = contacts.Where(c => c.ReferenceCode == code);
        }

        if (!string.IsNullOrWhiteSpace(query.Email))
        {
            var email = new ValidationErrors().Capture("email", () => EmailAddress.Parse(query.Email))?.Normalized
                ?? throw ValidationFailedException.For("email", "This is not an e-mail address.");
            contacts = contacts.Where(c => c.Emails.Any(e => e.Normalized == email));
        }

        return contacts;
    }
}
