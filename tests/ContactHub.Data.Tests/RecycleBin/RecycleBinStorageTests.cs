using ContactHub.Access;
using ContactHub.Audit;
using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Contacts.Listing;
using ContactHub.Contacts.RecycleBin;
using ContactHub.Contacts.Uniqueness;
using ContactHub.Definitions;
using ContactHub.Organisations;
using ContactHub.Runs;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Data.Tests.RecycleBin;

/// <summary>The recycle bin on both engines: a deleted contact is hidden everywhere, gives its unique keys up, comes back, and is purged after 30 days.</summary>
public sealed class RecycleBinStorageTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Delete_HidesTheContactAndReleasesItsKeys_RestoreChecksThemAgain(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateWithOrganisationAsync();
        Guid organisationId;
        await using (var setup = database.Context())
        {
            // With its contact definition, which holds the uniqueness rules.
            organisationId = (await new OrganisationService(setup, TimeProvider.System).CreateAsync(new OrganisationRequest("Bin", "CH"), CancellationToken.None)).Id;
        }

        await using var db = database.Context(organisationId);
        var caller = new CallerContext { Current = db.Caller };
        await new UniquenessDefinitionService(db, caller).SetAsync(new UniquenessRequest([["lastName", "idNumber"]], []), CancellationToken.None);
        var contacts = new ContactService(db, caller, TimeProvider.System);
        var bin = new RecycleBinService(db);
        var first = await contacts.CreateAsync(Twin("First"), CancellationToken.None);

        await contacts.DeleteAsync(first.Id, first.Version, CancellationToken.None);

        await Assert.ThrowsAsync<NotFoundException>(() => contacts.GetAsync(first.Id, CancellationToken.None));
        Assert.Empty((await new ContactListService(db, TimeProvider.System).ListAsync(new ContactQuery(Search: "Twin"), CancellationToken.None)).Items);
        Assert.Equal(0, await db.Set<ContactUniqueKey>().CountAsync());
        Assert.False(await db.ContactSearchKeys.AnyAsync(k => k.ContactId == first.Id));
        Assert.Equal([first.Id], (await bin.ListAsync(null, 10, CancellationToken.None)).Items.Select(c => c.Id));

        // The released key lets a new contact take the values; restoring the first then clashes with it.
        var second = await contacts.CreateAsync(Twin("Second"), CancellationToken.None);
        var clash = await Assert.ThrowsAsync<ConflictException>(() => bin.RestoreAsync(first.Id, CancellationToken.None));
        Assert.Equal("duplicate-contact", clash.Code);
        db.ChangeTracker.Clear();
        Assert.Single((await bin.ListAsync(null, 10, CancellationToken.None)).Items);

        await contacts.DeleteAsync(second.Id, null, CancellationToken.None);
        var restored = await bin.RestoreAsync(first.Id, CancellationToken.None);

        Assert.Equal("First", (await contacts.GetAsync(first.Id, CancellationToken.None)).FirstName);
        Assert.Equal(first.Id, (await db.Set<ContactUniqueKey>().SingleAsync()).ContactId);
        Assert.Equal([first.Id], (await new ContactListService(db, TimeProvider.System).ListAsync(new ContactQuery(Search: "Twin"), CancellationToken.None)).Items.Select(c => c.Id));
        Assert.Equal([second.Id], (await bin.ListAsync(null, 10, CancellationToken.None)).Items.Select(c => c.Id));
        var history = await new HistoryService(db).ForContactAsync(first.Id, null, null, CancellationToken.None);
        Assert.Equal(2, history.Count(e => e.Changes.Any(c => c.Field == "deletedAt")));
        Assert.True(restored.Version > first.Version);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Bin_OfALowerClearance_NeitherListsNorRestoresAConfidentialContact(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        Guid id;
        await using (var db = database.Context(organisationId))
        {
            var contacts = new ContactService(db, new CallerContext { Current = db.Caller }, TimeProvider.System);
            id = (await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Secret", Confidentiality = Clearance.Confidential }, CancellationToken.None)).Id;
            await contacts.DeleteAsync(id, null, CancellationToken.None);
        }

        var freeCaller = new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) with { Clearance = Clearance.Free } };
        await using (var free = database.Context(freeCaller))
        {
            var bin = new RecycleBinService(free);
            Assert.Empty((await bin.ListAsync(null, 10, CancellationToken.None)).Items);
            await Assert.ThrowsAsync<NotFoundException>(() => bin.RestoreAsync(id, CancellationToken.None));
            await Assert.ThrowsAsync<NotFoundException>(() => new HistoryService(free).ForContactAsync(id, null, null, CancellationToken.None));
        }

        await using var full = database.Context(organisationId);
        Assert.Single((await new RecycleBinService(full).ListAsync(null, 10, CancellationToken.None)).Items);
        Assert.NotEmpty(await new HistoryService(full).ForContactAsync(id, null, null, CancellationToken.None));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Purge_RemovesOnlyContactsDeletedLongerThan30DaysAgo_AndKeepsTheirHistory(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        var clock = new ManualClock { Now = Start };
        var caller = new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) };
        await using var db = database.Context(caller, clock);
        var contacts = new ContactService(db, caller, clock);
        var old = await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Old", Confidentiality = Clearance.Restricted, Emails = [new EmailRequest("work", "old@example.com")] }, CancellationToken.None);
        var recent = await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Recent" }, CancellationToken.None);
        var friend = await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Friend" }, CancellationToken.None);
        await new ContactLinkService(db, clock).AddRelationAsync(friend.Id, old.Id, "friend", CancellationToken.None);
        await contacts.DeleteAsync(old.Id, null, CancellationToken.None);
        clock.Now = Start.AddDays(25);
        await contacts.DeleteAsync(recent.Id, null, CancellationToken.None);
        db.ChangeTracker.Clear();

        clock.Now = Start.AddDays(31);
        var run = new Run(organisationId, RecycleBinPurge.KindKey, "{}", caller.Current, clock.Now.UtcDateTime, null);
        db.Add(run);
        await db.SaveChangesAsync();
        await new RecycleBinPurge(db, clock).ExecuteAsync(new RunContext(db, clock, run), CancellationToken.None);

        await using var check = database.Context(organisationId);
        Assert.Equal([recent.Id], await check.Contacts.WithRecycleBin().Where(c => c.DeletedAt != null).Select(c => c.Id).ToListAsync());
        Assert.False(await check.Contacts.WithRecycleBin().AnyAsync(c => c.Id == old.Id));
        Assert.Equal(0, await check.ContactEmails.CountAsync());
        Assert.Empty(await check.ContactRelations.ToListAsync());
        var history = await new HistoryService(check).ForContactAsync(old.Id, null, null, CancellationToken.None);
        Assert.Contains(history, e => e.EntityType == "contact" && e.Action == AuditAction.Created);
        Assert.Contains(history, e => e.EntityType == "contact" && e.Action == AuditAction.Deleted);
        Assert.Contains(history, e => e.EntityType == "email" && e.Action == AuditAction.Deleted);
        Assert.Contains(await new HistoryService(check).ForContactAsync(friend.Id, null, null, CancellationToken.None),
            e => e.EntityType == "relation" && e.Action == AuditAction.Deleted);
        // Purged, its history keeps the clearance it had: a lower clearance still does not see it.
        var freeCaller = new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) with { Clearance = Clearance.Free } };
        await using (var free = database.Context(freeCaller))
        {
            await Assert.ThrowsAsync<NotFoundException>(() => new HistoryService(free).ForContactAsync(old.Id, null, null, CancellationToken.None));
            Assert.NotEmpty(await new HistoryService(free).ForContactAsync(friend.Id, null, null, CancellationToken.None));
        }

        var counted = await check.Set<Run>().SingleAsync();
        Assert.Equal(1, counted.ContactsChanged);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Schedule_QueuesAPurgeOnlyForOrganisationsWithContactsDue(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var due = await database.MigrateWithOrganisationAsync();
        var notYet = await database.MigrateWithOrganisationAsync();
        var clock = new ManualClock { Now = Start };
        foreach (var (organisationId, deletedAt) in new[] { (due, Start), (notYet, Start.AddDays(10)) })
        {
            clock.Now = deletedAt;
            var caller = new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) };
            await using var db = database.Context(caller, clock);
            var contacts = new ContactService(db, caller, clock);
            var contact = await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Gone" }, CancellationToken.None);
            await contacts.DeleteAsync(contact.Id, null, CancellationToken.None);
        }

        await using var housekeeping = database.Context();
        var fire = new DateTime(2026, 12, 2, 3, 0, 0, DateTimeKind.Utc);
        var runs = await new RecycleBinPurgeSchedule().DueAsync(housekeeping, fire.AddMinutes(-1), fire.AddMinutes(1), CancellationToken.None);

        var only = Assert.Single(runs);
        Assert.Equal((due, RecycleBinPurge.KindKey, fire), (only.OrganisationId, only.Kind, only.FireTime));
        Assert.Empty(await new RecycleBinPurgeSchedule().DueAsync(housekeeping, fire.AddMinutes(1), fire.AddHours(23), CancellationToken.None));
    }

    private static ContactRequest Twin(string firstName) => new() { Kind = ContactKind.Person, FirstName = firstName, LastName = "Twin", IdNumber = "42" };
}
