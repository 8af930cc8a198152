using ContactHub.Data;
using ContactHub.Data.Saving;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts.IdentityDocuments;

/// <summary>Seals the identity documents set since a contact was loaded, so no plain document reaches the database or the audit.</summary>
internal sealed class IdentityDocumentSealing : ISaveStep
{
    public Task BeforeSaveAsync(AppDbContext db, CancellationToken ct)
    {
        foreach (var entry in db.ChangeTracker.Entries<Contact>().Where(e => e.State != EntityState.Deleted))
        {
            db.Sealer.SealPending(entry.Entity);
        }

        return Task.CompletedTask;
    }
}
