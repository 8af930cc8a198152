using ContactHub.Data;
using ContactHub.Definitions.Lists;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Definitions;

/// <summary>Loading the caller's contact definition with its managed lists, for every path that validates a contact.</summary>
internal static class DefinitionStore
{
    public static async Task<ContactDefinition?> FindDefinitionAsync(this AppDbContext db, CancellationToken ct, bool tracked = false)
    {
        var definitions = db.Set<ContactDefinition>().Include(d => d.ListItems);
        return await (tracked ? definitions : definitions.AsNoTracking()).FirstOrDefaultAsync(ct);
    }

    public static async Task<ContactDefinition> RequireDefinitionAsync(this AppDbContext db, CancellationToken ct) =>
        await db.FindDefinitionAsync(ct, tracked: true) ?? throw new Common.NotFoundException("The contact definition");

    public static async Task<DefinitionLists> ListsAsync(this AppDbContext db, CancellationToken ct) =>
        DefinitionLists.From(await db.Set<DefinitionListItem>().AsNoTracking().ToListAsync(ct));
}
