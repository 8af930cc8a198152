using ContactHub.Bench.Databases;
using ContactHub.Consent;
using ContactHub.Contacts;
using ContactHub.Data;
using ContactHub.Imports;
using ContactHub.SampleData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Bench.Reachability;

/// <summary>
/// The generator's consents of every stored contact (<see cref="ContactGenerator.ConsentsOf"/>, told again from its
/// reference code and kind), as events with their evidence (method, the purpose's text) and the states the entities
/// derive from them, as ConsentService would leave them but without audit entries: built in batches and written by
/// the importer's bulk writer, because recording 700,000 decisions one request at a time is set-up, not what the
/// reachability batch measures. Untimed.
/// </summary>
internal static class GeneratedConsents
{
    private const int BatchSize = 10_000;

    /// <summary>Records them and returns the purpose (direct marketing) and how many events were written.</summary>
    public static async Task<(Guid PurposeId, int Events)> RecordAsync(BenchDatabase database)
    {
        await using var scope = database.Scope("bench:consents");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var purpose = await db.Set<ConsentPurpose>().AsNoTracking().FirstAsync(p => p.Key == ContactGenerator.DirectMarketing);
        var text = await ConsentTexts.CurrentAsync(db, purpose.Id, "en", CancellationToken.None)
            ?? throw new InvalidOperationException("The direct-marketing purpose has no text.");
        var generator = new ContactGenerator();
        var writer = BulkWriter.For(db);
        var tables = (Events: BulkTable.Of<ConsentEvent>(db.Model), States: BulkTable.Of<ConsentState>(db.Model));
        var written = 0;
        var after = Guid.Empty;
        while (true)
        {
            // Keyset batches by id: the bulk writer uses the context's connection, so no read may stay open across a write.
            var contacts = await db.Contacts.AsNoTracking().Where(c => c.Id.CompareTo(after) > 0).OrderBy(c => c.Id).Take(BatchSize)
                .Select(c => new { c.Id, c.ReferenceCode, c.Kind }).ToListAsync();
            if (contacts.Count == 0)
            {
                break;
            }

            var events = new List<object>();
            var states = new List<object>();
            foreach (var contact in contacts)
            {
                ConsentState? state = null;
                foreach (var decision in generator.ConsentsOf(contact.ReferenceCode!, contact.Kind))
                {
                    var recorded = new ConsentEvent(database.OrganisationId, contact.Id, purpose.Id, null, decision.Granted, decision.OccurredAt,
                        db.Caller, decision.Method, text.Id, null, null, db.Now);
                    events.Add(recorded);
                    if (state is null)
                    {
                        states.Add(state = new ConsentState(recorded));
                    }
                    else
                    {
                        state.Apply(recorded);
                    }
                }
            }

            await writer.WriteAsync([new BulkRows(tables.Events, events), new BulkRows(tables.States, states)], CancellationToken.None);
            written += events.Count;
            after = contacts[^1].Id;
        }

        await writer.RefreshStatisticsAsync([tables.Events.Name, tables.States.Name], CancellationToken.None);
        return (purpose.Id, written);
    }
}
