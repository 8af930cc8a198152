namespace ContactHub.Data.Saving;

/// <summary>
/// One job every save of the data context does just before EF writes, whatever path saves (API, back office,
/// runs). Steps are singletons without state of their own: what a save is about lives in the context's change tracker.
/// </summary>
public interface ISaveStep
{
    Task BeforeSaveAsync(AppDbContext db, CancellationToken ct);
}
