using ContactHub.Access;

namespace ContactHub.Segments;

/// <summary>
/// A segment as read. <see cref="Warnings"/> says what of its definition no longer exists as it was (an archived custom
/// field): the segment still evaluates with it, and the operator should know.
/// </summary>
public sealed record SegmentView(
    Guid Id,
    string Name,
    string? Description,
    SegmentKind Kind,
    bool Shared,
    SegmentOwner Owner,
    IReadOnlyList<IReadOnlyDictionary<string, string?>> Groups,
    IReadOnlyList<Guid> Include,
    IReadOnlyList<Guid> Exclude,
    IReadOnlyList<string> Warnings,
    bool MayChange,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    long Version);

/// <summary>Who owns a segment: an operator or an API key, by id and name.</summary>
public sealed record SegmentOwner(ActorKind Kind, Guid? Id, string Name);

/// <summary>A segment in a list of segments.</summary>
public sealed record SegmentSummary(Guid Id, string Name, SegmentKind Kind, bool Shared, SegmentOwner Owner, DateTime UpdatedAt);
