using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Data;
using ContactHub.Definitions;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts.ContactPoints;

/// <summary>The outcome of a change to a contact point: the entry and the contact's new version (its ETag).</summary>
public sealed record ContactPointChange(ContactPoint Point, long ContactVersion);

/// <summary>Adding, deactivating, reactivating, marking in use and removing e-mails, phones and addresses.</summary>
public sealed class ContactPointService(AppDbContext db, CallerContext caller)
{
    public async Task<IReadOnlyList<ContactPoint>> ListAsync(Guid contactId, ContactPointKind kind, CancellationToken ct)
    {
        var contact = await db.LoadAsync(contactId, ct);
        return contact.PointsOf(kind);
    }

    /// <summary>Adds an entry; <paramref name="request"/> is an <see cref="EmailRequest"/>, <see cref="PhoneRequest"/> or <see cref="AddressRequest"/>.</summary>
    public async Task<ContactPointChange> AddAsync(Guid contactId, object request, long? expectedVersion, CancellationToken ct)
    {
        var contact = await db.LoadAsync(contactId, ct);
        contact.EnsureVersion(expectedVersion);
        var defaultCountry = await db.Organisations.Where(o => o.Id == caller.RequireOrganisation()).Select(o => o.DefaultCountry).FirstAsync(ct);
        var errors = new ValidationErrors();
        var point = ContactPointInput.TryAdd(contact, request, defaultCountry, await db.ListsAsync(ct), errors);
        errors.ThrowIfAny();
        return await SaveAsync(contact, point!, ct);
    }

    public Task<ContactPointChange> DeactivateAsync(Guid contactId, ContactPointKind kind, Guid pointId, long? expectedVersion, CancellationToken ct) =>
        ChangeAsync(contactId, expectedVersion, c => c.Deactivate(kind, pointId), c => c.FindPoint(kind, pointId), ct);

    public Task<ContactPointChange> ReactivateAsync(Guid contactId, ContactPointKind kind, Guid pointId, long? expectedVersion, CancellationToken ct) =>
        ChangeAsync(contactId, expectedVersion, c => c.Reactivate(kind, pointId), c => c.FindPoint(kind, pointId), ct);

    public Task<ContactPointChange> SetInUseAsync(Guid contactId, ContactPointKind kind, Guid pointId, string? reason, long? expectedVersion, CancellationToken ct)
    {
        if (reason is not null && reason.Trim().Length > 50)
        {
            throw ValidationFailedException.For("inUse", "The in-use reason must be at most 50 characters.");
        }

        return ChangeAsync(contactId, expectedVersion, c => c.SetInUse(kind, pointId, reason), c => c.FindPoint(kind, pointId), ct);
    }

    public async Task<long> RemoveAsync(Guid contactId, ContactPointKind kind, Guid pointId, long? expectedVersion, CancellationToken ct)
    {
        var contact = await db.LoadAsync(contactId, ct);
        contact.EnsureVersion(expectedVersion);
        contact.Remove(kind, pointId);
        await db.SaveChangesAsync(ct);
        return contact.Version;
    }

    private async Task<ContactPointChange> ChangeAsync(Guid contactId, long? expectedVersion, Action<Contact> change, Func<Contact, ContactPoint> result, CancellationToken ct)
    {
        var contact = await db.LoadAsync(contactId, ct);
        contact.EnsureVersion(expectedVersion);
        change(contact);
        return await SaveAsync(contact, result(contact), ct);
    }

    private async Task<ContactPointChange> SaveAsync(Contact contact, ContactPoint point, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        return new ContactPointChange(point, contact.Version);
    }
}
