using ContactHub.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContactHub.Contacts.IdentityDocuments;

/// <summary>
/// Unseals a contact's identity documents as the data context loads it, with that context's sealer (so each host
/// uses its own key ring). Only unmapped fields change, so a loaded contact is not marked modified by it.
/// </summary>
internal sealed class UnsealOnLoad : IMaterializationInterceptor
{
    public static UnsealOnLoad Instance { get; } = new();

    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        if (entity is Contact contact && materializationData.Context is AppDbContext db)
        {
            contact.UnsealDocuments(db.Sealer.Unseal);
        }

        return entity;
    }
}
