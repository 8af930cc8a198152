using ContactHub.Access;
using ContactHub.Audit;
using ContactHub.Contacts;
using ContactHub.Contacts.IdentityDocuments;
using ContactHub.Contacts.Search;
using ContactHub.Contacts.Uniqueness;
using ContactHub.Data.Saving;
using ContactHub.Definitions;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Data.Tests;

/// <summary>Every save, asynchronous or not, runs each registered save step exactly once, in the registered order.</summary>
public sealed class SavePipelineTests
{
    private static readonly Type[] RegisteredOrder =
        [typeof(UniquenessGuard), typeof(SearchKeys), typeof(IdentityDocumentSealing), typeof(AuditTrail), typeof(Definitions.PrivacyLevels.PrivacyLevelAssignment), typeof(DefinitionStamps)];

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task EverySave_RunsEachStepOnce_InOrder(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        var app = TestDatabase.Services;
        Assert.Equal(RegisteredOrder, app.SavePipeline.Steps.Select(s => s.GetType()));

        var calls = new List<Type>();
        var counted = new DataContextServices(app.Clock, app.Sealer, new SavePipeline(app.SavePipeline.Steps.Select(s => new Counted(s, calls))), app.Definitions);
        var caller = new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) };
        await using var db = database.Context(caller, counted);

        var created = await new ContactService(db, caller, TimeProvider.System).CreateAsync(
            new ContactRequest { Kind = ContactKind.Person, LastName = "Muster", IdNumber = "ID-1" }, CancellationToken.None);
        Assert.Equal(RegisteredOrder, calls);

        calls.Clear();
        (await db.Contacts.SingleAsync(c => c.Id == created.Id)).Notes = "saved without await";
        db.SaveChanges();
        Assert.Equal(RegisteredOrder, calls);

        // The steps did their work once: one audit entry per change, one version step.
        Assert.Equal(2, (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == created.Id)).Version);
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.ContactId == created.Id && a.EntityType == "contact"));
    }

    private sealed class Counted(ISaveStep step, List<Type> calls) : ISaveStep
    {
        public Task BeforeSaveAsync(AppDbContext db, CancellationToken ct)
        {
            calls.Add(step.GetType());
            return step.BeforeSaveAsync(db, ct);
        }
    }
}
