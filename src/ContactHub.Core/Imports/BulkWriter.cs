using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Imports;

/// <summary>
/// The provider seam of the bulk path: writes one batch of rows, all tables in one transaction, in the engine's
/// fastest way. The only place besides <see cref="Database"/> that knows the engine.
/// </summary>
internal abstract partial class BulkWriter
{
    public static BulkWriter For(AppDbContext db) => db.Database.IsNpgsql() ? new Postgres(db) : new Sqlite(db);

    public abstract Task WriteAsync(IReadOnlyList<BulkRows> tables, CancellationToken ct);
}
