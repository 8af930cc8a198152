using ContactHub.Bench.Databases;
using ContactHub.Bench.Import;
using ContactHub.Consent;
using ContactHub.Contacts;
using ContactHub.Data;
using ContactHub.Imports;
using ContactHub.SampleData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Bench.Reachability;

/// <summary>
/// The generator's consents of every imported contact (<see cref="ContactGenerator.ConsentsOf"/>) recorded as
/// ConsentService records them — an event with its evidence (method, the purpose's text) and the state derived from
/// the events — but built in batches and written by the importer's bulk writer: recording 800,000 decisions one request
/// at a time is set-up, not what the reachability batch measures. Untimed.
/// </summary>
internal static class GeneratedConsents
{
    private const int BatchSize = 10_000;

    /// <summary>Records them and returns the purpose (direct marketing) and how many events were written.</summary>
    public static async Task<(Guid PurposeId, int Events)> RecordAsync(BenchDatabase database, string inputFile)
    {
        await using var scope = database.Scope("bench:consents");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var purpose = await db.Set<ConsentPurpose>().AsNoTracking().FirstAsync(p => p.Key == ContactGenerator.DirectMarketing);
        var text = await ConsentTexts.CurrentAsync(db, purpose.Id, "en", CancellationToken.None)
            ?? throw new InvalidOperationException("The direct-marketing purpose has no text.");
        var generator = new ContactGenerator();
        var writer = BulkWriter.For(db);
        var tables = (Events: BulkTable.Of<ConsentEvent>(db.Model), States: BulkTable.Of<ConsentState>(db.Model));
        // Every contact's id by its reference code, read in one pass: asked for per batch, 10,000 codes as one array
        // parameter took PostgreSQL 0.8 s a batch (the nullable column's null check made it compare each row with the
        // whole array).
        var ids = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await foreach (var contact in db.Contacts.AsNoTracking().Select(c => new { c.ReferenceCode, c.Id }).AsAsyncEnumerable())
        {
            ids[contact.ReferenceCode!] = contact.Id;
        }

        var written = 0;
        var batch = new List<ContactRequest>(BatchSize);
        await foreach (var request in InputFile.ReadAsync(inputFile))
        {
            batch.Add(request!);
            if (batch.Count == BatchSize)
            {
                written += await WriteAsync(db, writer, tables, generator, purpose.Id, text.Id, ids, batch);
                batch.Clear();
            }
        }

        written += await WriteAsync(db, writer, tables, generator, purpose.Id, text.Id, ids, batch);
        await writer.RefreshStatisticsAsync([tables.Events.Name, tables.States.Name], CancellationToken.None);
        return (purpose.Id, written);
    }

    private static async Task<int> WriteAsync(
        AppDbContext db, BulkWriter writer, (BulkTable Events, BulkTable States) tables, ContactGenerator generator, Guid purposeId, Guid textId,
        Dictionary<string, Guid> ids, List<ContactRequest> batch)
    {
        var events = new List<object>();
        var states = new List<object>();
        var now = db.Now;
        foreach (var request in batch)
        {
            ConsentState? state = null;
            foreach (var decision in generator.ConsentsOf(request))
            {
                var recorded = new ConsentEvent(db.Caller.OrganisationId!.Value, ids[request.ReferenceCode!], purposeId, null, decision.Granted,
                    decision.OccurredAt, db.Caller, decision.Method, textId, null, null, now);
                events.Add(recorded);
                if (state is null)
                {
                    state = new ConsentState(recorded);
                    states.Add(state);
                }
                else
                {
                    state.Apply(recorded);
                }
            }
        }

        await writer.WriteAsync([new BulkRows(tables.Events, events), new BulkRows(tables.States, states)], CancellationToken.None);
        return events.Count;
    }
}
