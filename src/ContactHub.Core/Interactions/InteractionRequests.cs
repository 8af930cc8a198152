namespace ContactHub.Interactions;

/// <summary>Create (contacts, type, direction, subject and when are needed) or merge-patch (every field but the contacts) an interaction.</summary>
public sealed record InteractionRequest
{
    public IReadOnlyList<Guid>? ContactIds { get; init; }
    public InteractionType? Type { get; init; }
    public InteractionDirection? Direction { get; init; }
    public InteractionStatus? Status { get; init; }
    public string? Medium { get; init; }
    public string? Subject { get; init; }
    public string? Description { get; init; }
    public DateTimeOffset? OccurredAt { get; init; }
}

/// <summary>A filtered, keyset-paged list of interactions, newest first.</summary>
public sealed record InteractionQuery(
    Guid? ContactId = null, InteractionType? Type = null, InteractionStatus? Status = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null, string? Cursor = null, int Limit = 50);

public sealed record InteractionContactView(Guid Id, string DisplayName);

/// <summary>An interaction as the API returns it: only the contacts the caller may see are named.</summary>
public sealed record InteractionView(
    Guid Id, InteractionType Type, InteractionDirection Direction, InteractionStatus Status, string? Medium, string Subject, string? Description,
    DateTime OccurredAt, Guid? OperatorId, string RecordedBy, IReadOnlyList<InteractionContactView> Contacts, DateTime CreatedAt, DateTime UpdatedAt);

public sealed record InteractionPage(IReadOnlyList<InteractionView> Items, string? NextCursor);
