using System.Collections.Concurrent;
using ContactHub.Consent;
using ContactHub.Contacts;
using ContactHub.CustomFields;
using ContactHub.Data;
using ContactHub.Organisations;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Definitions;

/// <summary>What showing a contact needs from its organisation's definition, as of one <see cref="Organisation.DefinitionStamp"/>.</summary>
internal sealed record DefinitionSnapshot(Guid Stamp, ReadRules Rules, IReadOnlyList<(Guid Id, string Key)> Purposes, CustomFieldSet CustomFields);

/// <summary>
/// The read side's copy of each organisation's definition, so reading a contact does not read the definition again.
/// One mechanism keeps it correct with any number of app instances: every save that adds, changes or removes a part of
/// the definition also gives the organisation a new <see cref="Organisation.DefinitionStamp"/> in the same transaction
/// (<see cref="RenewStampsAsync"/>, called by <see cref="AppDbContext"/>); a reader gets the stamp with the contact it reads and
/// uses the copy only when its stamp is the same, else it loads the definition again. The copy is loaded after the
/// stamp was read, so it is never older than its stamp. Only the read path uses it; writes validate against the
/// definition they load themselves.
/// </summary>
internal static class DefinitionSnapshots
{
    // One entry per organisation (replaced, never added to, on a change): bounded by the number of organisations.
    private static readonly ConcurrentDictionary<Guid, DefinitionSnapshot> Current = new();

    /// <summary>The caller's organisation's definition as of <paramref name="stamp"/> (or newer): cached, or loaded once.</summary>
    public static async Task<DefinitionSnapshot> GetAsync(AppDbContext db, Guid stamp, CancellationToken ct)
    {
        var organisationId = db.CurrentOrganisationId ?? throw new InvalidOperationException("Reading a definition needs an organisation.");
        if (Current.TryGetValue(organisationId, out var cached) && cached.Stamp == stamp)
        {
            return cached;
        }

        var purposes = await db.Set<ConsentPurpose>().AsNoTracking().Select(p => new { p.Id, p.Key }).ToListAsync(ct);
        var loaded = new DefinitionSnapshot(
            stamp, await db.ReadRulesAsync(ct), [.. purposes.Select(p => (p.Id, p.Key))], await CustomFieldSet.LoadAsync(db, ct));
        // A concurrent reader with another stamp may overwrite this: the next read then sees a different stamp and loads again.
        Current[organisationId] = loaded;
        return loaded;
    }

    /// <summary>Gives every organisation whose definition this save changes a new stamp (called just before saving).</summary>
    public static async Task RenewStampsAsync(AppDbContext db, CancellationToken ct)
    {
        foreach (var organisationId in ChangedDefinitions(db))
        {
            var organisation = db.Organisations.Local.FirstOrDefault(o => o.Id == organisationId)
                ?? await db.Organisations.FirstOrDefaultAsync(o => o.Id == organisationId, ct);
            organisation?.DefinitionChanged();
        }
    }

    private static List<Guid> ChangedDefinitions(AppDbContext db) =>
    [
        .. db.ChangeTracker.Entries()
            .Where(e => e.State is (EntityState.Added or EntityState.Modified or EntityState.Deleted) && IsDefinition(e.Entity))
            .Select(e => ((Common.IOrganisationOwned)e.Entity).OrganisationId)
            .Distinct(),
    ];

    // Every table the definition is made of (what DefinitionService reads and writes as one).
    private static bool IsDefinition(object entity) => entity is ContactDefinition or Lists.DefinitionListItem or ConsentPurpose
        or ConsentText or NotificationType or NameDays.NameDayRule or CustomFieldDefinition;
}
