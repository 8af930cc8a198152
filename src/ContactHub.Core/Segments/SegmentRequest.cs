namespace ContactHub.Segments;

/// <summary>
/// A segment as the caller writes it (create, or replace on update): <see cref="Groups"/> are the contact list's query
/// parameters as name → value, AND inside a group and OR between groups (dynamic segments only); <see cref="Include"/>
/// and <see cref="Exclude"/> name contacts by id (a static segment's members are its <see cref="Include"/>).
/// </summary>
public sealed record SegmentRequest(
    string? Name,
    string? Description = null,
    bool? Shared = null,
    SegmentKind? Kind = null,
    IReadOnlyList<IReadOnlyDictionary<string, string?>>? Groups = null,
    IReadOnlyList<Guid>? Include = null,
    IReadOnlyList<Guid>? Exclude = null);
