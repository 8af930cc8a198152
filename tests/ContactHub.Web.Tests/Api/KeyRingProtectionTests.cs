using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Data.Sqlite;

namespace ContactHub.Web.Tests.Api;

/// <summary>With a certificate configured, the key ring in the database is encrypted: a copy of the database alone unseals nothing.</summary>
public sealed class KeyRingProtectionTests
{
    [Fact]
    public async Task WithACertificate_TheStoredKeysAreEncrypted_AndDocumentsStillReadBack()
    {
        var pfx = Path.Combine(Path.GetTempPath(), $"contacthub-keyring-{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=ContactHub key ring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "secret"));
        }

        try
        {
            using var factory = new ApiFactory { Settings = { ["ContactHub:DataProtection:CertificatePath"] = pfx, ["ContactHub:DataProtection:CertificatePassword"] = "secret" } };
            using var client = await factory.NewTenantAsync(maySeeIdentityDocuments: true);
            var id = (await client.CreateContactAsync(new { kind = "person", lastName = "Keyed", idNumber = "KR-424242" })).Id();
            var read = await (await client.GetAsync($"/api/v1/contacts/{id}")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal("KR-424242", read.GetProperty("idNumber").GetString());

            await using var connection = new SqliteConnection($"Data Source={factory.DatabaseFile};Pooling=false");
            await connection.OpenAsync();
            await using var command = new SqliteCommand("""SELECT "Xml" FROM "DataProtectionKeys" """, connection);
            var xml = (string)(await command.ExecuteScalarAsync())!;
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal); // the clear master key element of an unprotected ring
        }
        finally
        {
            File.Delete(pfx);
        }
    }
}
