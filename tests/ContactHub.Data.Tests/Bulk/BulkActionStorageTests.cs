using ContactHub.Access;
using ContactHub.Audit;
using ContactHub.Consent.Reachability;
using ContactHub.Contacts;
using ContactHub.Contacts.Bulk;
using ContactHub.Contacts.Listing;
using ContactHub.Imports;
using ContactHub.Organisations;
using ContactHub.Runs;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Data.Tests.Bulk;

/// <summary>
/// The bulk-action run on both engines, over a few hundred contacts (more than one batch): every contact changed and
/// audited, the run's progress, counters and report written, contacts above the requester's clearance left alone,
/// and a contact a rule refuses listed while the run goes on.
/// </summary>
public sealed class BulkActionStorageTests
{
    private const int Contacts = BulkActionWork.BatchSize + 120;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Run_OverSeveralBatches_ChangesAndAuditsEachContact_WithinTheRequestersClearance(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await database.MigrateWithOrganisationAsync();
        Guid organisationId;
        await using (var system = database.Context())
        {
            // With the definition's defaults: the notification types the reachability check asks about.
            organisationId = (await new OrganisationService(system, TimeProvider.System).CreateAsync(new OrganisationRequest("Bulk", "CH"), CancellationToken.None)).Id;
        }

        await using (var setup = database.Context(organisationId))
        {
            var rows = Enumerable.Range(0, Contacts).Select(i => new ContactRequest { Kind = ContactKind.Person, LastName = $"Press {i:D4}", Categories = ["Press"] })
                .Append(new ContactRequest { Kind = ContactKind.Person, LastName = "Secret", Categories = ["Press"], Confidentiality = Clearance.Confidential });
            var imported = await new ContactImporter(setup, new CallerContext { Current = setup.Caller }, TimeProvider.System, new DefinitionUniquenessCheck(setup))
                .ImportAsync(rows, CancellationToken.None, 200);
            Assert.Equal(Contacts + 1, imported.Imported);
        }

        var free = new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) with { Clearance = Clearance.Free } };
        var press = new BulkActionRequest(BulkAction.AddCategory, "VIP", Filter: new ContactQuery(Category: "Press"));
        var added = await RunAsync(database, free, press);

        Assert.Equal((RunStatus.Queued, 1.0, Contacts, Contacts, 0L), (added.Status, added.Progress, added.ContactsScanned, added.ContactsChanged, added.ContactsFailed));
        Assert.Equal(Contacts, RunResult.FromJson(added.Result!).Counts["changed"]);
        await using (var check = database.Context(organisationId))
        {
            Assert.Equal(Contacts, await check.Set<ContactCategory>().CountAsync(c => c.Name == "VIP"));
            var secret = await check.Contacts.Include(c => c.Categories).SingleAsync(c => c.LastName == "Secret");
            Assert.Equal(["Press"], secret.Categories.Select(c => c.Name));
            var entries = await check.AuditEntries.Where(e => e.Source == added.AuditSource).ToListAsync();
            Assert.Equal(Contacts, entries.Count(e => e.EntityType == "category" && e.Action == AuditAction.Created));
            Assert.Equal(Contacts, entries.Select(e => e.ContactId).Distinct().Count());
            Assert.DoesNotContain(entries, e => e.ContactId == secret.Id);
            Assert.True(await check.Contacts.Where(c => c.LastName != "Secret").AllAsync(c => c.Version > 1));
        }

        var reachability = await RunAsync(database, free, new BulkActionRequest(BulkAction.CheckReachability, NotificationType: "service-notice", Filter: new ContactQuery(Category: "VIP")));
        var counts = RunResult.FromJson(reachability.Result!).Counts;
        Assert.Equal((Contacts, 0L), (reachability.ContactsScanned, reachability.ContactsChanged));
        Assert.Equal(Contacts, counts.GetValueOrDefault("reachable") + counts.GetValueOrDefault("fallback") + counts.GetValueOrDefault("notReachable"));

        var deleted = await RunAsync(database, free, new BulkActionRequest(BulkAction.Delete, Filter: new ContactQuery(Category: "Press")));
        Assert.Equal(Contacts, deleted.ContactsChanged);
        await using var after = database.Context(organisationId);
        Assert.Equal(["Secret"], await after.Contacts.Select(c => c.LastName).ToListAsync());
        Assert.Equal(Contacts, await after.AuditEntries.CountAsync(e => e.Source == deleted.AuditSource && e.EntityType == "contact"));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Run_ListsAContactARuleRefuses_AndChangesTheOthers(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        var ids = new List<Guid>();
        await using (var setup = database.Context(organisationId))
        {
            var contacts = new ContactService(setup, new CallerContext { Current = setup.Caller }, TimeProvider.System);
            for (var i = 0; i < 4; i++)
            {
                ids.Add((await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = $"Person {i}" }, CancellationToken.None)).Id);
            }

            // Stored before the rule that a blocked contact says why (as data from an older version could be).
            await setup.Contacts.Where(c => c.Id == ids[1]).ExecuteUpdateAsync(s => s.SetProperty(c => c.IsBlocked, true).SetProperty(c => c.BlockedReason, (string?)null));
        }

        var caller = new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) };
        var run = await RunAsync(database, caller, new BulkActionRequest(BulkAction.AddCategory, "Donor", Ids: ids));

        Assert.Equal((4L, 3L, 1L), (run.ContactsScanned, run.ContactsChanged, run.ContactsFailed));
        var failure = Assert.Single(RunResult.FromJson(run.Result!).Failures);
        Assert.Equal(ids[1], failure.ContactId);
        Assert.Contains("blockedReason", failure.Reason, StringComparison.Ordinal);
        await using var check = database.Context(organisationId);
        Assert.Equal(ids.Where(id => id != ids[1]).Order(), (await check.Set<ContactCategory>().Where(c => c.Name == "Donor").Select(c => c.ContactId).ToListAsync()).Order());
    }

    /// <summary>Queues the run as the caller and executes it the way <see cref="RunExecutor"/> does, on a context acting for the caller.</summary>
    private static async Task<Run> RunAsync(TestDatabase database, CallerContext caller, BulkActionRequest request)
    {
        var run = new Run(caller.RequireOrganisation(), ContactsBulkActionRun.KindKey, RunParameters.ToJson(ContactsBulkActionRun.ParametersOf(request, "test", 0)),
            caller.Current, DateTime.UtcNow, null, new BulkTarget(request.Ids, request.Filter).ToJson());
        await using (var queue = database.Context(caller))
        {
            queue.Add(run);
            await queue.SaveChangesAsync();
        }

        await using var db = database.Context(new CallerContext { Current = caller.Current with { Source = run.AuditSource } });
        var clock = TimeProvider.System;
        var work = new BulkActionWork(db, new ContactListService(db, clock), new ReachabilityService(db, clock), clock);
        await new ContactsBulkActionRun(work).ExecuteAsync(new RunContext(db, clock, run), CancellationToken.None);
        return await db.Set<Run>().AsNoTracking().SingleAsync(r => r.Id == run.Id);
    }
}
