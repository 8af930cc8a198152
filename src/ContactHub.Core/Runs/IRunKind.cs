namespace ContactHub.Runs;

/// <summary>
/// A kind of background run: a stable key (stored on <see cref="Run.Kind"/>), a name for people, and the work.
/// The work runs in a scope of its own whose caller is the run's organisation with full clearance, acting for the
/// run's requester; it reports progress and counters through the <see cref="RunContext"/> as it goes.
/// </summary>
public interface IRunKind
{
    string Key { get; }

    string Name { get; }

    Task ExecuteAsync(RunContext run, CancellationToken ct);
}
