using System.Buffers.Text;
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
        var errors = new ValidationErrors();
        var contact = Contact.TryCreate(organisation.Id, organisation.DefaultCountry, request, clock.GetUtcNow().UtcDateTime, errors);
        errors.ThrowIfAny();

        db.Contacts.Add(contact!);
        await db.SaveChangesAsync(ct);
        return await db.ViewAsync(contact!, ct);
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

    /// <summary>A page of contacts in creation order; the cursor is the last id of the previous page.</summary>
    public async Task<ContactPage> ListAsync(ContactQuery query, CancellationToken ct)
    {
        var limit = Math.Clamp(query.Limit, 1, MaxPageSize);
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

        if (query.Cursor is not null)
        {
            var after = DecodeCursor(query.Cursor);
            contacts = contacts.Where(c => c.Id.CompareTo(after) > 0);
        }

        var rows = await contacts
            .OrderBy(c => c.Id)
            .Take(limit + 1)
            .Select(c => new ContactSummary(
                c.Id, c.Kind, c.DisplayName, c.ReferenceCode,
                c.Emails.Where(e => e.IsActive).OrderBy(e => e.Id).Select(e => e.Address).FirstOrDefault(),
                c.Version, c.UpdatedAt))
            .ToListAsync(ct);
        var next = rows.Count > limit ? EncodeCursor(rows[limit - 1].Id) : null;
        return new ContactPage(rows.Take(limit).ToList(), next);
    }

    private static string EncodeCursor(Guid id) => Base64Url.EncodeToString(id.ToByteArray(bigEndian: true));

    private static Guid DecodeCursor(string cursor)
    {
        try
        {
            var bytes = Base64Url.DecodeFromChars(cursor);
            return bytes.Length == 16 ? new Guid(bytes, bigEndian: true) : throw new FormatException();
        }
        catch (FormatException)
        {
            throw ValidationFailedException.For("cursor", "The cursor is not one this API returned.");
        }
    }
}
