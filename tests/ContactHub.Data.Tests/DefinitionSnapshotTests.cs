using ContactHub.Access;
using ContactHub.Consent;
using ContactHub.Contacts;
using ContactHub.Definitions;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Data.Tests;

/// <summary>
/// Reading a contact uses a cached copy of the definition, valid while the organisation's definition stamp is the
/// same. Every save of a definition part renews the stamp, so the next read, through any context (any instance),
/// shows the change; other saves leave the stamp (and the cache) alone.
/// </summary>
public sealed class DefinitionSnapshotTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task DefinitionChange_IsShownByTheNextRead_OtherSavesKeepTheStamp(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        Guid id;
        await using (var db = database.Context(organisationId))
        {
            db.Add(new ContactDefinition(organisationId));
            await db.SaveChangesAsync();
            id = (await Service(db, organisationId).CreateAsync(
                new ContactRequest { Kind = ContactKind.Person, FirstName = "Anna", MiddleName = "Maria", LastName = "Muster" }, CancellationToken.None)).Id;
        }

        var before = await ReadAsync(database, organisationId, id);
        Assert.Equal("Anna Maria Muster", before.DisplayName);
        var stamp = await StampAsync(database, organisationId);
        await using (var db = database.Context(organisationId))
        {
            await Service(db, organisationId).UpdateAsync(id, new ContactRequest { Notes = "no definition change" }, new HashSet<string> { "notes" }, null, CancellationToken.None);
        }

        Assert.Equal(stamp, await StampAsync(database, organisationId));

        await using (var db = database.Context(organisationId))
        {
            (await db.Set<ContactDefinition>().SingleAsync()).SetNameOrder(NameOrder.LastFirstMiddle);
            db.Add(new ConsentPurpose(organisationId, "partner-offers", "Partner offers", ConsentPurposeKind.Other, [], false, DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        Assert.NotEqual(stamp, await StampAsync(database, organisationId));
        var after = await ReadAsync(database, organisationId, id);
        Assert.Equal("Muster, Anna Maria", after.DisplayName);
        Assert.Equal("none", after.Consents["partnerOffers"]);
        Assert.DoesNotContain("partnerOffers", before.Consents.Keys);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ContactAboveClearance_OrOfAnotherOrganisation_IsNotFound(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        var otherId = await database.MigrateWithOrganisationAsync();
        Guid id;
        await using (var db = database.Context(organisationId))
        {
            id = (await Service(db, organisationId).CreateAsync(
                new ContactRequest { Kind = ContactKind.Person, LastName = "Secret", Confidentiality = Clearance.Confidential }, CancellationToken.None)).Id;
        }

        Assert.Equal("Secret", (await ReadAsync(database, organisationId, id)).DisplayName);
        await using (var db = database.Context(otherId))
        {
            await Assert.ThrowsAsync<Common.NotFoundException>(() => Service(db, otherId).GetAsync(id, CancellationToken.None));
        }

        // The clearance is the data context's caller's: its query filter hides the contact.
        var restrictedCaller = new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) with { Clearance = Clearance.Restricted } };
        await using var restricted = database.Context(restrictedCaller);
        await Assert.ThrowsAsync<Common.NotFoundException>(() =>
            new ContactService(restricted, restrictedCaller, TimeProvider.System).GetAsync(id, CancellationToken.None));
    }

    private static async Task<ContactView> ReadAsync(TestDatabase database, Guid organisationId, Guid id)
    {
        await using var db = database.Context(organisationId);
        return await Service(db, organisationId).GetAsync(id, CancellationToken.None);
    }

    private static async Task<Guid> StampAsync(TestDatabase database, Guid organisationId)
    {
        await using var db = database.Context(organisationId);
        return await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.DefinitionStamp).SingleAsync();
    }

    private static ContactService Service(AppDbContext db, Guid organisationId) =>
        new(db, new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) }, TimeProvider.System);
}
