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
        var written = 0;
        var batch = new List<ContactRequest>(BatchSize);
        await foreach (var request in InputFile.ReadAsync(inputFile))
        {
            batch.Add(request!);
            if (batch.Count == BatchSize)
            {
                written += await WriteAsync(db, writer, tables, generator, purpose.Id, text.Id, batch);
                batch.Clear();
            }
        }

        written += await WriteAsync(db, writer, tables, generator, purpose.Id, text.Id, batch);
        await writer.RefreshStatisticsAsync([tables.Events.Name, tables.States.Name], CancellationToken.None);
        return (purpose.Id, written);
    }

    private static async Task<int> WriteAsync(
        AppDbContext db, BulkWriter writer, (BulkTable Events, BulkTable States) tables, ContactGenerator generator, Guid purposeId, Guid textId,
        List<ContactRequest> batch)
    {
        var references = batch.Select(r => r.ReferenceCode!).ToList();
        var ids = await db.Contacts.AsNoTracking().Where(c => EF.Parameter(references).Contains(c.ReferenceCode!))
            .Select(c => new { c.ReferenceCode, c.Id }).ToDictionaryAsync(c => c.ReferenceCode!, c => c.Id);
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
