using ContactHub.Access;
using ContactHub.Common;

namespace ContactHub.Runs;

public enum RunStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}

/// <summary>
/// The record of one background run (name-day run, later review runs, imports, duplicate scans): what kind, with
/// which parameters, who asked for it, where it stands and what it did. Moves queued → running → succeeded/failed;
/// the move to running is an atomic claim (<see cref="RunExecutor"/>), so a run executes once however many
/// instances see it.
/// </summary>
public sealed class Run : IOrganisationOwned
{
    public const int MaxErrorLength = 2000;

    private Run()
    {
        Kind = string.Empty;
        Parameters = "{}";
        RequestedByName = string.Empty;
    }

    internal Run(Guid organisationId, string kind, string parameters, Caller requestedBy, DateTime now, DateTime? scheduledFor, string? input = null)
    {
        Input = input;
        Id = Ids.New();
        OrganisationId = organisationId;
        Kind = kind;
        Parameters = parameters;
        Status = RunStatus.Queued;
        RequestedByKind = requestedBy.ActorKind;
        RequestedById = requestedBy.ActorId;
        RequestedByName = requestedBy.ActorName;
        RequestedClearance = requestedBy.Clearance;
        QueuedAt = now;
        ScheduledFor = scheduledFor;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>The run kind's key, e.g. "name-day".</summary>
    public string Kind { get; private set; }

    /// <summary>The kind's parameters as a JSON object of strings, e.g. {"mode":"all"}.</summary>
    public string Parameters { get; private set; }

    public RunStatus Status { get; private set; }

    /// <summary>0 to 1.</summary>
    public double Progress { get; private set; }

    /// <summary>The actor the run acts for: its changes are audited in this name (the system for scheduled runs).</summary>
    public ActorKind RequestedByKind { get; private set; }

    public Guid? RequestedById { get; private set; }

    public string RequestedByName { get; private set; }

    /// <summary>
    /// The requester's clearance when it asked: the run sees and changes only the contacts the requester may see
    /// (scheduled runs are the system's, with full clearance).
    /// </summary>
    public Clearance RequestedClearance { get; private set; }

    public DateTime QueuedAt { get; private set; }

    /// <summary>For a scheduled run, the schedule's fire time: unique per organisation and kind, so two instances cannot queue it twice.</summary>
    public DateTime? ScheduledFor { get; private set; }

    public DateTime? StartedAt { get; private set; }

    /// <summary>When a running run last reported; a run silent for long belongs to a stopped instance.</summary>
    public DateTime? HeartbeatAt { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    public long ContactsScanned { get; private set; }

    public long ContactsChanged { get; private set; }

    /// <summary>Contacts the run could not change (e.g. they break a rule of the definition); the run goes on without them.</summary>
    public long ContactsFailed { get; private set; }

    public string? Error { get; private set; }

    /// <summary>
    /// What the kind works on when it is too large for <see cref="Parameters"/> (a bulk action's selected ids and list
    /// filter, as JSON): read by the kind only, never shown in the history.
    /// </summary>
    public string? Input { get; private set; }

    /// <summary>The kind's report when it has one beyond the counters (outcome counts, the contacts it could not change), as JSON (<see cref="RunResult"/>).</summary>
    public string? Result { get; private set; }

    /// <summary>The source of the audit entries of the run's changes.</summary>
    public string AuditSource => "run:" + Id;
}
