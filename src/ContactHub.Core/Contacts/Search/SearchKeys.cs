using ContactHub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ContactHub.Contacts.Search;

/// <summary>
/// Keeps every contact's <see cref="ContactSearchKey"/> rows equal to the keys of its current name. Runs in the data
/// context's save, so every path that names or renames a contact (API, UI, runs) keeps them in step without loading
/// them: the old keys follow from the name key as it was loaded, also those of a deleted contact (the table has no
/// foreign key to cascade: see its configuration).
/// </summary>
internal static class SearchKeys
{
    public static IEnumerable<ContactSearchKey> For(Contact contact) => For(contact.OrganisationId, contact.Id, contact.NameKey);

    public static IEnumerable<ContactSearchKey> For(Guid organisationId, Guid contactId, string nameKey) =>
        NameVariants.KeysOf(nameKey).Select(k => new ContactSearchKey(organisationId, contactId, k));

    public static void KeepInStep(AppDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<Contact>().ToList())
        {
            var nameKey = entry.Property(c => c.NameKey);
            var (before, after) = entry.State switch
            {
                EntityState.Added => ([], NameVariants.KeysOf(nameKey.CurrentValue)),
                EntityState.Deleted => (NameVariants.KeysOf(nameKey.OriginalValue), []),
                EntityState.Modified when nameKey.IsModified && nameKey.OriginalValue != nameKey.CurrentValue =>
                    (NameVariants.KeysOf(nameKey.OriginalValue), NameVariants.KeysOf(nameKey.CurrentValue)),
                _ => ((HashSet<string>?)null, (HashSet<string>?)null),
            };
            if (before is not null && after is not null)
            {
                Apply(db, entry.Entity, before, after);
            }
        }
    }

    // Keys of this contact the context already tracks (a save that failed and is tried again, or a second rename in
    // one unit of work) are changed in place rather than tracked twice.
    private static void Apply(AppDbContext db, Contact contact, HashSet<string> before, HashSet<string> after)
    {
        var tracked = db.ChangeTracker.Entries<ContactSearchKey>().Where(e => e.Entity.ContactId == contact.Id).ToDictionary(e => e.Entity.Key, StringComparer.Ordinal);
        foreach (var key in before.Except(after))
        {
            Entry(key).State = tracked.ContainsKey(key) && tracked[key].State == EntityState.Added ? EntityState.Detached : EntityState.Deleted;
        }

        foreach (var key in after.Except(before))
        {
            var entry = Entry(key);
            entry.State = entry.State is EntityState.Deleted or EntityState.Unchanged ? EntityState.Unchanged : EntityState.Added;
        }

        EntityEntry<ContactSearchKey> Entry(string key) =>
            tracked.TryGetValue(key, out var entry) ? entry : db.Entry(new ContactSearchKey(contact.OrganisationId, contact.Id, key));
    }
}
