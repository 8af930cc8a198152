using ContactHub.Access;
using ContactHub.Contacts.ContactPoints.Phones;
using ContactHub.Contacts.IdentityDocuments;
using ContactHub.Contacts.Search;
using ContactHub.Data;
using ContactHub.Organisations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Web.Hosting;

/// <summary>
/// Start-up work: create and migrate the database, make the configured bootstrap key a system key, and fill a
/// brand-new database with the demo organisation.
/// </summary>
public static class DatabaseStartup
{
    public static (DatabaseProvider Provider, string ConnectionString) ReadSettings(IConfiguration configuration)
    {
        var provider = Database.ParseProvider(configuration["ContactHub:Database:Provider"]);
        var connectionString = configuration.GetConnectionString("ContactHub")
            ?? (provider == DatabaseProvider.Sqlite ? "Data Source=data/contacthub.db" : throw new InvalidOperationException("ConnectionStrings:ContactHub is required for PostgreSQL."));
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { Length: > 0 } directory)
            {
                Directory.CreateDirectory(directory);
            }
        }

        return (provider, connectionString);
    }

    public static async Task InitializeAsync(IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().Current = Caller.System("startup");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var isNew = !(await db.Database.GetAppliedMigrationsAsync(ct)).Any();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        if (!isNew && pending.Exists(m => m.EndsWith("_" + SearchIndexBackfill.Migration, StringComparison.Ordinal)))
        {
            logger.LogInformation("Indexed {Count} existing contacts for the quick search.", await SearchIndexBackfill.RunAsync(db, ct));
        }

        if (!isNew && pending.Exists(m => m.EndsWith("_" + PhoneLineTypeBackfill.Migration, StringComparison.Ordinal)))
        {
            logger.LogInformation("Classified {Count} existing phone numbers by line type.", await PhoneLineTypeBackfill.RunAsync(db, ct));
        }

        if (db.Database.IsSqlite())
        {
            // Readers do not block the writer and vice versa; the setting is stored in the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        // The Data Protection key ring is created on first use; make that happen now, not inside a later write
        // transaction (SQLite has one writer, and the key is saved through a context of its own).
        scope.ServiceProvider.GetRequiredService<IdentityDocumentSealer>().Seal("key ring check");
        if (!KeyRingProtection.IsConfigured(configuration))
        {
            logger.LogWarning("The Data Protection keys are stored unencrypted in the database; set {Setting} to a certificate in production.", KeyRingProtection.CertificatePathSetting);
        }

        if (configuration["ContactHub:Bootstrap:ApiKey"] is { Length: > 0 } systemKey)
        {
            await scope.ServiceProvider.GetRequiredService<OrganisationService>().EnsureSystemKeyAsync(systemKey, ct);
            logger.LogInformation("Bootstrap system API key is active.");
        }

        if (isNew && configuration.GetValue("ContactHub:Demo:Enabled", false))
        {
            await DemoData.SeedAsync(scope.ServiceProvider, configuration, logger, ct);
        }
    }
}
