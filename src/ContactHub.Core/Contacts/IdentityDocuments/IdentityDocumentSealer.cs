using Microsoft.AspNetCore.DataProtection;

namespace ContactHub.Contacts.IdentityDocuments;

/// <summary>
/// Seals and unseals identity documents with ASP.NET Core Data Protection. The key ring lives in the database
/// (<c>DataProtectionKeys</c>), so every app instance on the same database reads what another one wrote; the purpose
/// string isolates these payloads from cookies and any other protected data of the application.
/// </summary>
public sealed class IdentityDocumentSealer(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("ContactHub.Contacts.IdentityDocuments.v1");

    public string Seal(string plainText) => _protector.Protect(plainText);

    public string Unseal(string sealedText) => _protector.Unprotect(sealedText);

    /// <summary>Seals the contact's documents set since it was loaded (before a save or a bulk write).</summary>
    internal void SealPending(Contact contact)
    {
        if (contact.HasPendingDocuments)
        {
            contact.SealDocuments(Seal);
        }
    }
}
