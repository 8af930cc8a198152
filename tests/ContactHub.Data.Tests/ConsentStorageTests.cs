using ContactHub.Access;
using ContactHub.Consent;
using ContactHub.Consent.Reachability;
using ContactHub.Contacts;
using ContactHub.Contacts.Listing;
using ContactHub.Organisations;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Data.Tests;

/// <summary>The consent queries (derived states, list filters, batch facts by id range) on both engines.</summary>
public sealed class ConsentStorageTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task BatchDecisions_AndConsentFilters_WorkOnTheEngine(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var setup = database.Context())
        {
            await setup.Database.MigrateAsync();
        }

        var organisationId = await CreateOrganisationAsync(database);
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            await using var db = database.Context(organisationId);
            var created = await Contacts(db).CreateAsync(new ContactRequest
            {
                Kind = ContactKind.Person,
                LastName = $"Person {i}",
                Emails = [new EmailRequest("work", $"p{i}@example.com")],
                Addresses = [new AddressRequest("home", "Main St 1", null, "8000", "Zürich", null, "CH")],
            }, CancellationToken.None);
            ids.Add(created.Id);
        }

        await using (var db = database.Context(organisationId))
        {
            var text = await db.Set<ConsentText>().FirstAsync();
            var purpose = await db.Set<ConsentPurpose>().SingleAsync(p => p.Id == text.PurposeId);
            var consents = new ConsentService(db, Caller(db, organisationId), TimeProvider.System);
            await consents.RecordAsync(ids[1], new ConsentEventRequest(purpose.Key, null, true, null, "checkbox", text.Id, null, null), CancellationToken.None);
            await consents.RecordAsync(ids[3], new ConsentEventRequest(purpose.Key, null, true, null, "checkbox", text.Id, null, null), CancellationToken.None);

            var granted = await new ContactListService(db, TimeProvider.System).ListAsync(new ContactQuery(ConsentPurpose: purpose.Key, ConsentGranted: true), CancellationToken.None);
            Assert.Equal([ids[1], ids[3]], granted.Items.Select(c => c.Id));

            var types = await db.Set<NotificationType>().Where(t => t.ConsentPurposeId == purpose.Id).Select(t => t.Key).FirstAsync();
            var reachability = new ReachabilityService(db, TimeProvider.System);
            var page1 = await reachability.DecideBatchAsync(types, Channel.Email, null, null, 3, CancellationToken.None);
            var page2 = await reachability.DecideBatchAsync(types, Channel.Email, null, page1.NextCursor, 3, CancellationToken.None);
            var decisions = page1.Decisions.Concat(page2.Decisions).ToList();
            Assert.Equal(ids, decisions.Select(d => d.ContactId));
            Assert.Equal([ReachabilityOutcome.NotReachable, ReachabilityOutcome.Reachable, ReachabilityOutcome.NotReachable, ReachabilityOutcome.Reachable, ReachabilityOutcome.NotReachable], decisions.Select(d => d.Outcome));
            Assert.Equal("p1@example.com", decisions[1].Address);
        }
    }

    private static ContactService Contacts(AppDbContext db) => new(db, Caller(db, db.Caller.OrganisationId!.Value), TimeProvider.System);

    private static CallerContext Caller(AppDbContext db, Guid organisationId) => new() { Current = db.Caller with { OrganisationId = organisationId } };

    private static async Task<Guid> CreateOrganisationAsync(TestDatabase database)
    {
        await using var db = database.Context();
        var organisation = await new OrganisationService(db, TimeProvider.System).CreateAsync(new OrganisationRequest("Consent test", "CH"), CancellationToken.None);
        return organisation.Id;
    }
}
