using ContactHub.Consent;
using ContactHub.CustomFields;
using ContactHub.Data;
using ContactHub.Data.Saving;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Definitions;

/// <summary>
/// Gives every organisation whose definition a save changes a new <see cref="Organisations.Organisation.DefinitionStamp"/>
/// in the same transaction: the invalidation half of <see cref="DefinitionSnapshots"/>' contract.
/// </summary>
internal sealed class DefinitionStamps : ISaveStep
{
    public async Task BeforeSaveAsync(AppDbContext db, CancellationToken ct)
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
        or ConsentText or NotificationType or NameDays.NameDayRule or CustomFieldDefinition
        or Criteria.Criterion;
}
