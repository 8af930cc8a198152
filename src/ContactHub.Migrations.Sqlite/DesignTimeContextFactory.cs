using ContactHub.Access;
using ContactHub.Contacts.IdentityDocuments;
using ContactHub.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ContactHub.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the model for Sqlite; no database is needed to add a migration.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        Database.Configure(options, DatabaseProvider.Sqlite, Environment.GetEnvironmentVariable("CONTACTHUB_DESIGN_CONNECTION") ?? "Data Source=design.db");
        // Building the model seals nothing: a throwaway key ring is enough.
        return new AppDbContext(options.Options).ActingFor(new CallerContext(), DataContextServices.Standalone(new IdentityDocumentSealer(new EphemeralDataProtectionProvider()), TimeProvider.System));
    }
}
