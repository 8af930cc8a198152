namespace ContactHub.Common;

/// <summary>Ids are time-ordered UUIDs (v7) so that inserts stay append-only in indexes and cursors sort by age.</summary>
public static class Ids
{
    public static Guid New() => Guid.CreateVersion7();
}
