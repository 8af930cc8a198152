using System.Security.Cryptography;
using System.Text;
using ContactHub.Contacts.IdentityDocuments;
using ContactHub.Definitions;

namespace ContactHub.Contacts.Uniqueness;

/// <summary>
/// Turns a group's normalised values into the stored key: HMAC-SHA-256 under the definition's sealed secret, so equal
/// values still meet but the table cannot be reversed by hashing every possible ID number. A definition from before
/// the secret existed keeps plain SHA-256 until its rules are next set (which rewrites every key).
/// </summary>
internal sealed class UniqueKeyHasher
{
    private readonly byte[]? _secret;

    private UniqueKeyHasher(byte[]? secret) => _secret = secret;

    public static UniqueKeyHasher For(ContactDefinition? definition, IdentityDocumentSealer sealer) => For(definition?.SealedUniquenessKey, sealer);

    public static UniqueKeyHasher For(string? sealedSecret, IdentityDocumentSealer sealer) =>
        new(sealedSecret is null ? null : Convert.FromBase64String(sealer.Unseal(sealedSecret)));

    public string Hash(string combination)
    {
        var bytes = Encoding.UTF8.GetBytes(combination);
        return Convert.ToHexStringLower(_secret is null ? SHA256.HashData(bytes) : HMACSHA256.HashData(_secret, bytes));
    }
}
