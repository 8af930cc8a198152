using System.Text.Json;
using ContactHub.Access;
using ContactHub.Common;

namespace ContactHub.Segments;

/// <summary>
/// A saved filter over an organisation's contacts (seed 001 "segmentation", seed 002 "targets"). A dynamic segment's
/// definition is a list of groups, each the contact list's own query parameters as name → value (AND inside a group,
/// OR between groups), so a segment reads exactly like the list URL it came from and a new list filter is at once a
/// segment filter. Hand-named contacts (<see cref="SegmentMember"/>) add to or exclude from it. Private segments are
/// their owner's; shared ones every operator's of the organisation.
/// </summary>
public sealed class Segment : IOrganisationOwned
{
    public const int MaxNameLength = 200;

    private Segment()
    {
        Name = string.Empty;
        OwnerName = string.Empty;
        Groups = "[]";
    }

    internal Segment(Guid organisationId, string name, SegmentKind kind, Caller owner, DateTime now)
    {
        Id = Ids.New();
        OrganisationId = organisationId;
        Name = name;
        Kind = kind;
        OwnerKind = owner.ActorKind;
        OwnerId = owner.ActorId;
        OwnerName = owner.ActorName;
        Groups = "[]";
        CreatedAt = now;
        UpdatedAt = now;
        Version = 1;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public SegmentKind Kind { get; private set; }

    public ActorKind OwnerKind { get; private set; }

    /// <summary>The operator (or API key) that owns the segment.</summary>
    public Guid? OwnerId { get; private set; }

    public string OwnerName { get; private set; }

    public bool Shared { get; private set; }

    /// <summary>The groups as a JSON array of objects of query parameter name → text value.</summary>
    public string Groups { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Changes on every change of the segment (its ETag); a concurrency token.</summary>
    public long Version { get; private set; }

    public IReadOnlyList<IReadOnlyDictionary<string, string?>> GroupList =>
        JsonSerializer.Deserialize<List<Dictionary<string, string?>>>(Groups) ?? [];

    internal bool IsOwnedBy(Caller caller) => OwnerId is { } owner && owner == caller.ActorId;

    internal void Describe(string name, string? description, bool shared)
    {
        Name = name;
        Description = description;
        Shared = shared;
    }

    internal void Define(IReadOnlyList<IReadOnlyDictionary<string, string?>> groups) => Groups = JsonSerializer.Serialize(groups);

    internal void Touch(DateTime now)
    {
        UpdatedAt = now;
        Version++;
    }
}
