using ContactHub.Contacts;
using ContactHub.Contacts.ContactPoints;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Data.Tests;

/// <summary>The storage rules, proven on both engines: every case runs on SQLite and on a real PostgreSQL.</summary>
public sealed class StorageTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Migrations_ApplyFromAnEmptyDatabase(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Context();
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync());

        await db.Database.MigrateAsync();

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes without a migration.");
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SecondActiveEntryOfAType_IsRefusedByTheDatabase(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        var contactId = await CreateContactAsync(database, organisationId);

        await using var db = database.Context(organisationId);
        db.ContactEmails.Add(new ContactEmail(organisationId, contactId, "work", EmailAddress.Parse("second@example.com"), null));
        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.True(Database.IsUniqueViolation(failure));

        await using var check = database.Context(organisationId);
        Assert.Equal(1, await check.ContactEmails.CountAsync());
        Assert.Equal(2, await check.AuditEntries.CountAsync()); // the contact and its e-mail; nothing of the failed write
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task InactiveEntries_OfOneType_CanBeMany(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        var contactId = await CreateContactAsync(database, organisationId);

        for (var i = 0; i < 2; i++)
        {
            await using var db = database.Context(organisationId);
            var contact = await db.LoadAsync(contactId, CancellationToken.None);
            contact.Deactivate(ContactPointKind.Email, contact.Emails.Single(e => e.IsActive).Id);
            contact.AddEmail("work", EmailAddress.Parse($"next{i}@example.com"), null);
            await db.SaveChangesAsync();
        }

        await using var check = database.Context(organisationId);
        Assert.Equal(3, await check.ContactEmails.CountAsync());
        Assert.Equal(1, await check.ContactEmails.CountAsync(e => e.IsActive));
        Assert.Equal(3, (await check.Contacts.SingleAsync()).Version);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ConcurrentWriters_TheSecondLoses(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        var contactId = await CreateContactAsync(database, organisationId);

        await using var first = database.Context(organisationId);
        await using var second = database.Context(organisationId);
        var a = await first.LoadAsync(contactId, CancellationToken.None);
        var b = await second.LoadAsync(contactId, CancellationToken.None);
        a.Notes = "first";
        b.Notes = "second";
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = database.Context(organisationId);
        Assert.Equal("first", (await check.Contacts.SingleAsync()).Notes);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Rows_AreVisibleOnlyToTheirOrganisation(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var mine = await database.MigrateWithOrganisationAsync();
        var theirs = await database.MigrateWithOrganisationAsync();
        await CreateContactAsync(database, theirs);

        await using var asMine = database.Context(mine);
        Assert.Equal(0, await asMine.Contacts.CountAsync());
        Assert.Equal(0, await asMine.ContactEmails.CountAsync());
        Assert.Equal(0, await asMine.AuditEntries.CountAsync());
        await using var asNobody = database.Context();
        Assert.Equal(0, await asNobody.Contacts.CountAsync());
        await using var asTheirs = database.Context(theirs);
        Assert.Equal(1, await asTheirs.Contacts.CountAsync());
    }

    internal static async Task<Guid> CreateContactAsync(TestDatabase database, Guid organisationId)
    {
        await using var db = database.Context(organisationId);
        var contact = new Contact(organisationId, ContactKind.Person, DateTime.UtcNow) { LastName = "Muster" };
        contact.RefreshNames();
        contact.AddEmail("work", EmailAddress.Parse("first@example.com"), null);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return contact.Id;
    }
}
