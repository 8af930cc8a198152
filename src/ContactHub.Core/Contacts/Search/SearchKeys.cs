using ContactHub.Data;
using ContactHub.Data.Saving;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ContactHub.Contacts.Search;

/// <summary>
/// Keeps every contact's <see cref="ContactSearchKey"/> rows equal to the keys of its current name. A save step
/// (<see cref="SaveSteps"/>), so every path that names or renames a contact (API, UI, runs) keeps them in step without loading
/// them: the old keys follow from the name key as it was loaded, also those of a contact moved to the recycle bin (the
/// table has no foreign key to cascade: see its configuration); a restored contact gets its keys again. Each key row
/// carries the name key, so a rename replaces them all.
/// </summary>
internal sealed class SearchKeys : ISaveStep
{
    public static IEnumerable<ContactSearchKey> For(Contact contact) => For(contact.OrganisationId, contact.Id, contact.NameKey);

    public static IEnumerable<ContactSearchKey> For(Guid organisationId, Guid contactId, string nameKey) =>
        NameVariants.KeysOf(nameKey).Select(k => new ContactSearchKey(organisationId, contactId, k, nameKey));

    public Task BeforeSaveAsync(AppDbContext db, CancellationToken ct)
    {
        KeepInStep(db);
        return Task.CompletedTask;
    }

    private static void KeepInStep(AppDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<Contact>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList())
        {
            // A contact has keys while it exists and is not in the recycle bin: moving it there removes them, restoring
            // it writes them again, and purging it later finds none left.
            var nameKey = entry.Property(c => c.NameKey);
            var deletedAt = entry.Property(c => c.DeletedAt);
            var before = entry.State != EntityState.Added && deletedAt.OriginalValue is null ? nameKey.OriginalValue : null;
            var after = entry.State != EntityState.Deleted && deletedAt.CurrentValue is null ? nameKey.CurrentValue : null;
            if (before != after)
            {
                Apply(db, entry.Entity, before, after);
            }
        }
    }

    // Keys of this contact the context already tracks (a save that failed and is tried again, or a second rename in
    // one unit of work) are changed in place rather than tracked twice.
    private static void Apply(AppDbContext db, Contact contact, string? before, string? after)
    {
        var tracked = db.ChangeTracker.Entries<ContactSearchKey>()
            .Where(e => e.Entity.ContactId == contact.Id)
            .ToDictionary(e => (e.Entity.Key, e.Entity.NameKey));
        foreach (var key in before is null ? [] : For(contact.OrganisationId, contact.Id, before))
        {
            var entry = Entry(key);
            entry.State = entry.State == EntityState.Added ? EntityState.Detached : EntityState.Deleted;
        }

        foreach (var key in after is null ? [] : For(contact.OrganisationId, contact.Id, after))
        {
            var entry = Entry(key);
            entry.State = entry.State is EntityState.Deleted or EntityState.Unchanged ? EntityState.Unchanged : EntityState.Added;
        }

        EntityEntry<ContactSearchKey> Entry(ContactSearchKey key) =>
            tracked.TryGetValue((key.Key, key.NameKey), out var entry) ? entry : db.Entry(key);
    }
}
