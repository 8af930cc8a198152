using System.Runtime.CompilerServices;
using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Imports;

/// <summary>
/// Bulk import of new contacts for the caller's organisation. Each row passes the same rules as a contact created
/// through the API (<see cref="Contact.TryCreate"/>); a refused row is reported with its number and field errors
/// and the import goes on. Valid rows are written in batches through <see cref="BulkWriter"/> (binary COPY on
/// PostgreSQL, prepared inserts on SQLite), each batch in its own transaction with its audit entries (source
/// "import:&lt;id&gt;"). The input is streamed: memory holds one batch, never the file.
/// </summary>
public sealed class ContactImporter(AppDbContext db, CallerContext callerContext, TimeProvider clock, IImportUniquenessCheck uniqueness)
{
    // Up to three batches are in memory (two being written on PostgreSQL, one being read), so the batch size sets the
    // import's peak memory; larger batches bought no speed (BENCHMARKS.md has the figures).
    public const int DefaultBatchSize = 3_000;
    public const int MaxReportedErrors = 1_000;

    public static string SourceOf(Guid importId) => $"import:{importId}";

    public Task<ImportResult> ImportAsync(IEnumerable<ContactRequest?> rows, CancellationToken ct, int batchSize = DefaultBatchSize) =>
        ImportAsync(AsAsync(rows, ct), ct, batchSize);

    /// <summary>Imports the rows in order; a null row (an empty or unreadable line) is refused like an invalid one.</summary>
    public async Task<ImportResult> ImportAsync(IAsyncEnumerable<ContactRequest?> rows, CancellationToken ct, int batchSize = DefaultBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == callerContext.RequireOrganisation(), ct);
        var importId = Ids.New();
        var caller = callerContext.Current with { Source = SourceOf(importId) };
        var defaults = await ImportDefaults.LoadAsync(db, ct);
        var customFields = await CustomFields.CustomFieldSet.LoadAsync(db, ct);
        var criteria = await Criteria.CriterionSet.LoadAsync(db, ct);
        var tables = new ImportTables(db.Model, defaults, db.Sealer);
        var progress = new Progress(importId);
        var batch = new List<ImportRow>(batchSize);

        // Two stages on two cores: while a batch is written (audit rows, COPY), the next is parsed and validated.
        // Each batch is checked for clashes before it is handed to a lane, one after the other, so it is checked
        // against every batch before it.
        await using (var lanes = WriteLanes.Open(db))
        {
            await foreach (var request in rows.WithCancellation(ct))
            {
                var number = ++progress.Rows;
                var now = clock.GetUtcNow().UtcDateTime;
                var errors = new ValidationErrors();
                if (request is null)
                {
                    errors.Add("", "The row is not a contact (empty, or not one JSON object of the contact's fields).");
                }
                else if (request.Companies is not null || request.Consents is not null)
                {
                    errors.Add(request.Companies is not null ? "companies" : "consents",
                        "Companies are bound and consents ticked one contact at a time (POST /contacts), not by an import.");
                }
                else if (Contact.TryCreate(organisation.Id, organisation.DefaultCountry, defaults.Definition, caller.Clearance, request, now, errors, customFields) is { } contact
                    && WithCriteria(criteria, contact, request, errors)
                    && !RaisedBeyondClearance(defaults, contact, caller, errors))
                {
                    batch.Add(new ImportRow(number, contact, now));
                }

                progress.RejectIf(number, errors);
                if (batch.Count >= batchSize)
                {
                    await FlushAsync(batch, lanes, tables, caller, progress, ct);
                    batch = new List<ImportRow>(batchSize);
                }
            }

            await FlushAsync(batch, lanes, tables, caller, progress, ct);
            await lanes.AllWrittenAsync();
        }

        await BulkWriter.For(db).RefreshStatisticsAsync(tables.Names, ct);
        return progress.ToResult();
    }

    // Checks the batch on the importer's context, then writes it beside the validation of the next batch.
    private async Task FlushAsync(List<ImportRow> batch, WriteLanes lanes, ImportTables tables, Caller caller, Progress progress, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var lane = await lanes.NextIdleAsync();
        // The lanes take batches in turn, so the one this lane wrote last is the oldest still unreported.
        if (++progress.Batches > lanes.Count)
        {
            uniqueness.OldestBatchWritten();
        }

        var clashes = await uniqueness.FindClashesAsync(batch, ct);
        foreach (var (number, errors) in clashes)
        {
            progress.Reject(number, errors);
        }

        var accepted = clashes.Count == 0 ? batch : batch.FindAll(r => !clashes.ContainsKey(r.Number));
        lane.Start(async writer =>
        {
            await writer.WriteAsync(tables.RowsOf(accepted, caller), ct);
            progress.Written(accepted.Count);
        });
    }

    // A row a privacy-level rule would make more confidential than the importer may see is refused, as a save refuses it.
    // The row's criteria, checked as POST /contacts checks them; a wrong one refuses the row.
    private static bool WithCriteria(Criteria.CriterionSet criteria, Contact contact, ContactRequest request, ValidationErrors errors)
    {
        criteria.Apply(contact, request.Criteria, errors);
        return !errors.HasErrors;
    }

    private static bool RaisedBeyondClearance(ImportDefaults defaults, Contact contact, Caller caller, ValidationErrors errors)
    {
        if (defaults.PrivacyLevels.Raising(contact) is { } rule && rule.Level > caller.Clearance)
        {
            errors.Add("confidentiality", $"The organisation's privacy-level rule makes this contact {rule.Level}, above your clearance.");
            return true;
        }

        return false;
    }

    private static async IAsyncEnumerable<ContactRequest?> AsAsync(IEnumerable<ContactRequest?> rows, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            yield return row;
        }

        await Task.CompletedTask;
    }

    /// <summary>The counts and refused rows; the validating and the writing stage both report here, so it locks.</summary>
    private sealed class Progress(Guid importId)
    {
        private readonly Lock _lock = new();
        private readonly List<ImportRowError> _errors = [];
        private int _rejected;
        private int _imported;

        /// <summary>Rows read so far (the validating stage only).</summary>
        public int Rows { get; set; }

        /// <summary>Batches handed to the lanes so far (the validating stage only).</summary>
        public int Batches { get; set; }

        public void Written(int count)
        {
            lock (_lock)
            {
                _imported += count;
            }
        }

        public void RejectIf(int row, ValidationErrors errors)
        {
            if (errors.HasErrors)
            {
                Reject(row, errors.ToDictionary());
            }
        }

        public void Reject(int row, IReadOnlyDictionary<string, string[]> errors)
        {
            lock (_lock)
            {
                _rejected++;
                if (_errors.Count < MaxReportedErrors)
                {
                    _errors.Add(new ImportRowError(row, errors));
                }
            }
        }

        public ImportResult ToResult()
        {
            lock (_lock)
            {
                return new(importId, Rows, _imported, _rejected, _errors.OrderBy(e => e.Row).ToList());
            }
        }
    }
}
