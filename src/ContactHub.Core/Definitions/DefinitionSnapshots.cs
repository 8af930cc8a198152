using System.Collections.Concurrent;
using ContactHub.Consent;
using ContactHub.Contacts;
using ContactHub.CustomFields;
using ContactHub.Data;
using ContactHub.Organisations;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Definitions;

/// <summary>What showing a contact needs from its organisation's definition, as of one <see cref="Organisation.DefinitionStamp"/>.</summary>
internal sealed record DefinitionSnapshot(Guid Stamp, ReadRules Rules, IReadOnlyList<(Guid Id, string Key)> Purposes, CustomFieldSet CustomFields,
    Criteria.CriterionSet Criteria);

/// <summary>
/// The read side's copy of each organisation's definition, so reading a contact does not read the definition again.
/// One per app (a DI singleton, reached through <see cref="AppDbContext.Definitions"/>).
/// <para>
/// Invalidation contract: a copy is used only while its organisation's <see cref="Organisation.DefinitionStamp"/> is the
/// one the reader read with the contact. Every save that adds, changes or removes a part of the definition gives the
/// organisation a new stamp in the same transaction (the <see cref="DefinitionStamps"/> save step), so any number of app
/// instances see a change on their next read without telling each other. The copy is loaded after the stamp was read,
/// so it is never older than its stamp. A part of the definition that is not saved through the data context (raw SQL)
/// must renew the stamp itself. Only the read path uses the copy; writes validate against the definition they load.
/// </para>
/// </summary>
public sealed class DefinitionSnapshots
{
    // One entry per organisation (replaced, never added to, on a change): bounded by the number of organisations.
    private readonly ConcurrentDictionary<Guid, DefinitionSnapshot> _current = new();

    /// <summary>The caller's organisation's definition as of <paramref name="stamp"/> (or newer): cached, or loaded once.</summary>
    internal async Task<DefinitionSnapshot> GetAsync(AppDbContext db, Guid stamp, CancellationToken ct)
    {
        var organisationId = db.CurrentOrganisationId ?? throw new InvalidOperationException("Reading a definition needs an organisation.");
        if (_current.TryGetValue(organisationId, out var cached) && cached.Stamp == stamp)
        {
            return cached;
        }

        var purposes = await db.Set<ConsentPurpose>().AsNoTracking().Select(p => new { p.Id, p.Key }).ToListAsync(ct);
        var loaded = new DefinitionSnapshot(
            stamp, await db.ReadRulesAsync(ct), [.. purposes.Select(p => (p.Id, p.Key))], await CustomFieldSet.LoadAsync(db, ct),
            await Criteria.CriterionSet.LoadAsync(db, ct));
        // A concurrent reader with another stamp may overwrite this: the next read then sees a different stamp and loads again.
        _current[organisationId] = loaded;
        return loaded;
    }
}
