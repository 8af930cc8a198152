using ContactHub.Common;
using ContactHub.Contacts.CompanyLinks;
using ContactHub.Contacts.ContactPoints;
using ContactHub.Contacts.Relations;
using ContactHub.Data;
using ContactHub.Definitions;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts;

/// <summary>Relations between contacts, contact persons of companies, and the photo: the parts that point beyond one contact row.</summary>
public sealed class ContactLinkService(AppDbContext db, TimeProvider clock)
{
    public async Task<(ContactRelation Relation, long Version)> AddRelationAsync(Guid contactId, Guid relatedContactId, string? type, CancellationToken ct)
    {
        var validType = await RequireTypeAsync(type, null, ct);
        var contact = await db.LoadAsync(contactId, ct);
        var related = await FindOtherAsync(relatedContactId, "relatedContactId", ct);
        var relation = contact.AddRelation(related, validType, Now);
        await db.SaveChangesAsync(ct);
        return (relation, contact.Version);
    }

    public async Task<(ContactRelation Relation, long Version)> ChangeRelationAsync(Guid contactId, Guid relationId, string? type, CancellationToken ct)
    {
        var contact = await db.LoadAsync(contactId, ct);
        var relation = contact.FindRelation(relationId);
        relation.ChangeType(await RequireTypeAsync(type, relation.Type, ct));
        await db.SaveChangesAsync(ct);
        return (relation, contact.Version);
    }

    public async Task<long> RemoveRelationAsync(Guid contactId, Guid relationId, CancellationToken ct)
    {
        var contact = await db.LoadAsync(contactId, ct);
        contact.RemoveRelation(relationId);
        await db.SaveChangesAsync(ct);
        return contact.Version;
    }

    public async Task<(CompanyLink Link, long Version)> ConnectAsync(Guid personId, Guid companyId, string? role, CancellationToken ct)
    {
        var validRole = ValidRole(role);
        var person = await db.LoadAsync(personId, ct);
        var company = await FindOtherAsync(companyId, "companyId", ct);
        var link = person.ConnectTo(company, validRole, Now);
        await db.SaveChangesAsync(ct);
        return (link, person.Version);
    }

    public async Task<(CompanyLink Link, long Version)> ChangeRoleAsync(Guid personId, Guid linkId, string? role, CancellationToken ct)
    {
        var validRole = ValidRole(role);
        var person = await db.LoadAsync(personId, ct);
        var link = person.FindCompanyLink(linkId);
        link.ChangeRole(validRole);
        await db.SaveChangesAsync(ct);
        return (link, person.Version);
    }

    public async Task<long> DisconnectAsync(Guid personId, Guid linkId, CancellationToken ct)
    {
        var person = await db.LoadAsync(personId, ct);
        person.Disconnect(linkId);
        await db.SaveChangesAsync(ct);
        return person.Version;
    }

    public async Task<long> SetPhotoAsync(Guid contactId, byte[] data, CancellationToken ct)
    {
        var contentType = Capture("photo", () => ContactPhoto.DetectContentType(data));
        var contact = await db.LoadAsync(contactId, ct);
        var photo = await db.ContactPhotos.FirstOrDefaultAsync(p => p.ContactId == contactId, ct);
        if (photo is null)
        {
            db.ContactPhotos.Add(new ContactPhoto(contact.OrganisationId, contact.Id, contentType, data));
        }
        else
        {
            photo.Replace(contentType, data);
        }

        await db.SaveChangesAsync(ct);
        return contact.Version;
    }

    /// <summary>The contact's photo. Photos are filtered by organisation only, so the contact's own (clearance) filter decides too, in the same query.</summary>
    public async Task<ContactPhoto> GetPhotoAsync(Guid contactId, CancellationToken ct) =>
        await db.ContactPhotos.AsNoTracking()
            .FirstOrDefaultAsync(p => p.ContactId == contactId && db.Contacts.Any(c => c.Id == contactId), ct)
        ?? throw new NotFoundException("The photo");

    public async Task<long> RemovePhotoAsync(Guid contactId, CancellationToken ct)
    {
        var contact = await db.LoadAsync(contactId, ct);
        var photo = await db.ContactPhotos.FirstOrDefaultAsync(p => p.ContactId == contactId, ct) ?? throw new NotFoundException("The photo");
        db.ContactPhotos.Remove(photo);
        await db.SaveChangesAsync(ct);
        return contact.Version;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    // The other end must be visible to the caller; an id of another organisation reads as unknown.
    private async Task<Contact> FindOtherAsync(Guid id, string field, CancellationToken ct) =>
        await db.Contacts.FirstOrDefaultAsync(c => c.Id == id, ct)
        ?? throw ValidationFailedException.For(field, "No such contact.");

    private async Task<string> RequireTypeAsync(string? type, string? current, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var valid = (await db.ListsAsync(ct)).Choose(Definitions.Lists.DefinitionList.RelationTypes, type, "type", errors, current);
        errors.ThrowIfAny();
        return valid!;
    }

    private static string? ValidRole(string? role)
    {
        var errors = new ValidationErrors();
        var valid = ValidRole(role, "role", errors);
        errors.ThrowIfAny();
        return valid;
    }

    internal static string? ValidRole(string? role, string field, ValidationErrors errors)
    {
        var trimmed = role?.Trim();
        if (trimmed is { Length: > 100 } || (trimmed?.Any(char.IsControl) ?? false))
        {
            errors.Add(field, "The role must be at most 100 characters on one line.");
            return null;
        }

        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    private static T Capture<T>(string field, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (FieldValueException e)
        {
            throw ValidationFailedException.For(field, e.Message);
        }
    }
}
