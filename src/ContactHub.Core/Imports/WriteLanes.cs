using ContactHub.Data;

namespace ContactHub.Imports;

/// <summary>
/// Where the import's batches are written. On PostgreSQL two batches are written at once, each on a connection of its
/// own: one COPY keeps one server process busy while the importer needs far less, and the second core was left
/// idle. SQLite has one writer at a time, so it writes on the importer's own context.
/// Checking a batch against stored contacts stays on the importer's context, one batch after the other: a batch in
/// flight is still in the check's memory of this import's keys (it forgets a batch once its lane is idle again), so
/// writing two at once misses no clash.
/// </summary>
internal sealed class WriteLanes : IAsyncDisposable
{
    private readonly Lane[] _lanes;
    private readonly List<AppDbContext> _owned = [];
    private int _next;

    private WriteLanes(AppDbContext db)
    {
        var writer = BulkWriter.For(db);
        if (writer.WritesInParallel)
        {
            _owned.AddRange([db.Sibling(), db.Sibling()]);
            _lanes = [.. _owned.Select(c => new Lane(BulkWriter.For(c)))];
        }
        else
        {
            _lanes = [new Lane(writer)];
        }
    }

    public static WriteLanes Open(AppDbContext db) => new(db);

    /// <summary>How many batches may be in flight: one per lane.</summary>
    public int Count => _lanes.Length;

    /// <summary>
    /// Waits until the next lane has written its last batch (rethrowing its failure), so the caller may then use the
    /// importer's context (a single lane writes on it) and hand the lane the next batch.
    /// </summary>
    public async Task<Lane> NextIdleAsync()
    {
        var lane = _lanes[_next];
        _next = (_next + 1) % _lanes.Length;
        await lane.Writing;
        return lane;
    }

    /// <summary>Waits for every batch handed out, rethrowing the first failure.</summary>
    public Task AllWrittenAsync() => Task.WhenAll(_lanes.Select(l => l.Writing));

    public async ValueTask DisposeAsync()
    {
        // Never leave a write running on a context that is disposed (a failure was or is being thrown elsewhere).
        await Task.WhenAny(Task.WhenAll(_lanes.Select(l => l.Writing)));
        foreach (var context in _owned)
        {
            await context.DisposeAsync();
        }
    }

    internal sealed class Lane(BulkWriter writer)
    {
        public Task Writing { get; private set; } = Task.CompletedTask;

        /// <summary>Starts the write beside the caller, which goes on reading the next batch.</summary>
        public void Start(Func<BulkWriter, Task> write) => Writing = Task.Run(() => write(writer));
    }
}
