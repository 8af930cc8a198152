using ContactHub.Access;
using ContactHub.Contacts;
using ContactHub.Imports;
using ContactHub.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Data.Tests.IdentityDocuments;

/// <summary>Identity documents at rest, on both engines: only sealed text in the table and the history, whichever path wrote them.</summary>
public sealed class IdentityDocumentStorageTests
{
    private const string IdNumber = "CH-4711-0815";
    private const string Passport = "X1234567";
    private const string SocialSecurity = "756.1234.5678.97";

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SavedDocuments_AreSealedInTheTableAndTheHistory_AndReadBackWhole(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        Guid id;
        await using (var db = database.Context(organisationId))
        {
            id = (await Service(db).CreateAsync(Person("Sealed"), CancellationToken.None)).Id;
        }

        await AssertSealedAtRestAsync(database, organisationId);
        await using var read = database.Context(organisationId);
        // A contact loaded without the sealer refuses to show its documents rather than showing them absent.
        var unsealable = await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == id);
        Assert.Throws<InvalidOperationException>(() => unsealable.IdNumber);
        var contact = (await read.Contacts.AsNoTracking().SingleAsync(c => c.Id == id)).ReadableWith(read.Sealer);
        Assert.Equal((IdNumber, Passport, SocialSecurity), (contact.IdNumber, contact.PassportNumber, contact.SocialSecurityNumber));

        // Loading does not mark the contact changed: unsealing touches no mapped column.
        var tracked = await read.LoadAsync(id, CancellationToken.None);
        Assert.Equal(EntityState.Unchanged, read.Entry(tracked).State);
        Assert.False(read.ChangeTracker.HasChanges());

        // The loaded documents are unsealed before a value is compared: setting the one it has is no change.
        tracked.IdNumber = IdNumber;
        read.ChangeTracker.DetectChanges();
        Assert.False(read.ChangeTracker.HasChanges());
        Assert.Equal(Passport, tracked.PassportNumber);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ImportedDocuments_AreSealedToo(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        await using (var db = database.Context(organisationId))
        {
            var caller = new CallerContext { Current = db.Caller };
            var result = await new ContactImporter(db, caller, TimeProvider.System, new DefinitionUniquenessCheck(db))
                .ImportAsync([Person("Imported")], CancellationToken.None, 10);
            Assert.Equal(1, result.Imported);
        }

        await AssertSealedAtRestAsync(database, organisationId);
        await using var read = database.Context(organisationId);
        Assert.Equal(Passport, (await read.Contacts.SingleAsync()).ReadableWith(read.Sealer).PassportNumber);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task TwoAppInstances_ShareTheKeyRingThroughTheDatabase(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();

        // Two service providers are two app instances: separate Data Protection caches, one database.
        Guid id;
        await using (var first = Instance(database))
        await using (var scope = Scoped(first, organisationId))
        {
            id = (await scope.ServiceProvider.GetRequiredService<ContactService>().CreateAsync(Person("Shared"), CancellationToken.None)).Id;
        }

        await using var second = Instance(database);
        await using var other = Scoped(second, organisationId);
        var view = await other.ServiceProvider.GetRequiredService<ContactService>().GetAsync(id, CancellationToken.None);
        Assert.Equal(IdNumber, view.IdNumber);

        await using var db = database.Context();
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
    }

    private static ContactRequest Person(string lastName) => new()
    {
        Kind = ContactKind.Person, LastName = lastName, IdNumber = IdNumber, IdCountry = "CH", PassportNumber = Passport, SocialSecurityNumber = SocialSecurity,
    };

    private static async Task AssertSealedAtRestAsync(TestDatabase database, Guid organisationId)
    {
        await using var db = database.Context(organisationId);
        var stored = await db.Database.SqlQueryRaw<string>(
            """SELECT "SealedIdNumber" || ' ' || "SealedPassportNumber" || ' ' || "SealedSocialSecurityNumber" AS "Value" FROM "Contacts" """).ToListAsync();
        var row = Assert.Single(stored);
        Assert.DoesNotContain(IdNumber, row, StringComparison.Ordinal);
        Assert.DoesNotContain(Passport, row, StringComparison.Ordinal);
        Assert.DoesNotContain(SocialSecurity, row, StringComparison.Ordinal);
        Assert.All(row.Split(' '), part => Assert.StartsWith("CfDJ8", part, StringComparison.Ordinal)); // a Data Protection payload

        var history = string.Join('\n', await db.AuditEntries.Select(a => a.Changes).ToListAsync());
        Assert.Contains("\"field\":\"idNumber\"", history, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber, history, StringComparison.Ordinal);
        Assert.DoesNotContain("CfDJ8", history, StringComparison.Ordinal);
    }

    private static ContactService Service(AppDbContext db) => new(db, new CallerContext { Current = db.Caller }, TimeProvider.System);

    private static ServiceProvider Instance(TestDatabase database) =>
        new ServiceCollection().AddContactHubCore(database.Provider, database.ConnectionString).BuildServiceProvider();

    private static AsyncServiceScope Scoped(ServiceProvider services, Guid organisationId)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().Current = Caller.System("tests").ForOrganisation(organisationId);
        return scope;
    }
}
