using System.Security.Cryptography;
using System.Text;
using ContactHub.Common;

namespace ContactHub.Access;

/// <summary>
/// A credential of an integration. Only the SHA-256 of the secret is stored: the secret is 256 random bits,
/// so a fast hash is enough (no dictionary to attack), and lookups stay one indexed read.
/// A key without an organisation is a system key: it manages organisations, never contacts.
/// </summary>
public sealed class ApiKey
{
    private const string SecretPrefix = "chk_";

    private ApiKey()
    {
        Name = string.Empty;
        Hash = string.Empty;
        DisplayPrefix = string.Empty;
        Scopes = string.Empty;
    }

    private ApiKey(Guid? organisationId, string name, string secret, Clearance clearance, DateTime createdAt, bool maySeeIdentityDocuments, IReadOnlyList<string> scopes)
    {
        Scopes = ApiScopes.Join(scopes);
        MaySeeIdentityDocuments = maySeeIdentityDocuments;
        Id = Ids.New();
        OrganisationId = organisationId;
        Name = name;
        Hash = HashOf(secret);
        DisplayPrefix = secret.Length > 12 ? secret[..12] : secret[..Math.Min(4, secret.Length)];
        Clearance = clearance;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid? OrganisationId { get; private set; }

    public string Name { get; private set; }

    public string Hash { get; private set; }

    /// <summary>The first characters of the key, so an operator can tell keys apart without the secret.</summary>
    public string DisplayPrefix { get; private set; }

    public Clearance Clearance { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Whether the integration reads identity documents unmasked (granted when the key is created).</summary>
    public bool MaySeeIdentityDocuments { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    /// <summary>The <see cref="ApiScopes"/> granted, space-separated; a system key's are unused (it manages organisations only).</summary>
    public string Scopes { get; private set; }

    public bool IsSystem => OrganisationId is null;

    /// <summary>Creates an organisation key; the secret is returned once and never stored.</summary>
    public static (ApiKey Key, string Secret) CreateFor(
        Guid organisationId, string name, Clearance clearance, DateTime now, bool maySeeIdentityDocuments, IReadOnlyList<string> scopes)
    {
        var secret = SecretPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        return (new ApiKey(organisationId, name, secret, clearance, now, maySeeIdentityDocuments, scopes), secret);
    }

    /// <summary>A system key whose secret comes from configuration (bootstrap).</summary>
    public static ApiKey System(string name, string secret, DateTime now) =>
        new(null, name, secret, Clearance.Confidential, now, maySeeIdentityDocuments: false, scopes: []);

    public static string HashOf(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public void Revoke(DateTime now) => RevokedAt ??= now;

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
