using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace ContactHub.Web.Hosting;

/// <summary>
/// The Data Protection key ring lives in the database next to what it protects; in production its keys should be
/// encrypted with a certificate kept outside the database (<c>ContactHub:DataProtection:CertificatePath</c>, a PFX, and
/// <c>…:CertificatePassword</c>), so a copy of the database alone cannot unseal identity documents.
/// </summary>
public static class KeyRingProtection
{
    public const string CertificatePathSetting = "ContactHub:DataProtection:CertificatePath";
    public const string CertificatePasswordSetting = "ContactHub:DataProtection:CertificatePassword";

    public static IServiceCollection AddKeyRingProtection(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[CertificatePathSetting] is { Length: > 0 } path)
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[CertificatePasswordSetting]);
            services.AddDataProtection().ProtectKeysWithCertificate(certificate);
        }

        return services;
    }

    public static bool IsConfigured(IConfiguration configuration) => configuration[CertificatePathSetting] is { Length: > 0 };
}
