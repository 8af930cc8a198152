using ContactHub.Contacts.Uniqueness;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Imports;

/// <summary>
/// The import's uniqueness check, by the same rules and keys as every save (<see cref="UniqueKeys"/>): a row that
/// lacks a rule field, repeats an earlier accepted row of the import or matches a stored contact is refused. The keys'
/// primary key still guards a race with a concurrent writer (the batch then fails as a whole).
/// </summary>
/// <remarks>
/// Only the keys of batches not yet written are held in memory (<see cref="OldestBatchWritten"/>); written ones are
/// found among the stored keys, so memory does not grow with the length of the import (remembering every key held one
/// to three per contact with a rule on e-mail, for the whole import).
/// </remarks>
internal sealed class DefinitionUniquenessCheck(AppDbContext db) : IImportUniquenessCheck
{
    private readonly HashSet<(string Rule, string Value)> _seen = [];
    private readonly Queue<List<(string Rule, string Value)>> _unwritten = new();
    private ImportDefaults? _defaults;
    private int _batchesWritten;
    private int _nextStatisticsRefresh = 1;

    public void OldestBatchWritten()
    {
        foreach (var key in _unwritten.Dequeue())
        {
            _seen.Remove(key);
        }

        _batchesWritten++;
    }

    public async ValueTask<IReadOnlyDictionary<int, IReadOnlyDictionary<string, string[]>>> FindClashesAsync(IReadOnlyList<ImportRow> batch, CancellationToken ct)
    {
        _defaults ??= await ImportDefaults.LoadAsync(db, ct);
        var clashes = new Dictionary<int, IReadOnlyDictionary<string, string[]>>();
        var keysByRow = new Dictionary<int, List<(string Rule, string Value)>>();
        foreach (var row in batch)
        {
            var rules = _defaults.RulesFor(row.Contact.Kind);
            if (rules.Groups.Count == 0)
            {
                continue;
            }

            var missing = UniqueKeys.MissingFields(row.Contact, rules).ToList();
            if (missing.Count > 0)
            {
                clashes[row.Number] = missing.ToDictionary(f => f, _ => new[] { "Required by the organisation's uniqueness rule." });
                continue;
            }

            var keys = UniqueKeys.Compute(row.Contact, rules, _defaults.Hasher).Distinct().ToList();
            if (keys.Exists(_seen.Contains))
            {
                clashes[row.Number] = Clash("An earlier row of this import has the same values.");
                continue;
            }

            _seen.UnionWith(keys);
            keysByRow[row.Number] = keys;
        }

        List<(string Rule, string Value)> batchKeys = [.. keysByRow.Values.SelectMany(k => k)];
        _unwritten.Enqueue(batchKeys);
        if (batchKeys.Count > 0)
        {
            await RefreshStatisticsWhenGrownAsync(ct);
            var stored = (await UniquenessGuard.StoredAsync(db, batchKeys, ct)).Select(k => (k.Rule, k.Value)).ToHashSet();
            foreach (var (row, keys) in keysByRow.Where(r => r.Value.Exists(stored.Contains)))
            {
                clashes[row] = Clash("A stored contact has the same values, which the organisation's uniqueness rule does not allow.");
            }
        }

        return clashes;
    }

    // The planner must see the stored keys grow as the import writes them. Left with the few rows of its last look,
    // PostgreSQL reads every key of the organisation and compares each with the batch's values instead of looking the
    // values up in the primary key. Refreshed whenever the batches written have doubled: a logarithmic number of
    // refreshes over any import, each a sample of the one table (BENCHMARKS.md has the figures).
    private async Task RefreshStatisticsWhenGrownAsync(CancellationToken ct)
    {
        if (_batchesWritten < _nextStatisticsRefresh)
        {
            return;
        }

        _nextStatisticsRefresh = _batchesWritten * 2;
        await BulkWriter.For(db).RefreshStatisticsAsync([BulkTable.Of<ContactUniqueKey>(db.Model).Name], ct);
    }

    private static Dictionary<string, string[]> Clash(string message) => new() { ["uniqueness"] = [message] };
}
