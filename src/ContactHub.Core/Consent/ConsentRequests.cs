namespace ContactHub.Consent;

public sealed record ConsentTextRequest(string? Language, string? Text);

public sealed record ConsentPurposeRequest(string? Key, string? Name, ConsentPurposeKind? Kind, IReadOnlyList<string>? Partners, bool? GrantedByDefault, ConsentTextRequest? Text);

/// <summary>One grant or withdrawal as the API receives it; <see cref="TextId"/> is the wording version the person saw.</summary>
public sealed record ConsentEventRequest(
    string? Purpose, Channel? Channel, bool? Granted, DateTime? OccurredAt, string? Method, Guid? TextId, string? IpAddress, string? UserAgent);

public sealed record NotificationTypeRequest(string? Key, string? Name, PurposeClass? PurposeClass, string? ConsentPurpose);

public sealed record ChannelDefaultsRequest(IReadOnlyList<Channel>? AllowedChannels, Channel? PreferredChannel);

public sealed record BounceRequest(BounceStatus? Status, DateTime? OccurredAt, string? Diagnostic);

public sealed record ConsentTextView(Guid Id, string Language, int Version, string Text, DateTime CreatedAt);

public sealed record ConsentPurposeView(Guid Id, string Key, string Name, ConsentPurposeKind Kind, IReadOnlyList<string> Partners, bool GrantedByDefault, IReadOnlyList<ConsentTextView> Texts);

public sealed record ConsentEventView(
    Guid Id, string Purpose, Channel? Channel, bool Granted, DateTime OccurredAt, DateTime RecordedAt, string SourceKind, string SourceName, string Source,
    string Method, Guid TextId, string? IpAddress, string? UserAgent);

/// <summary>The derived state of one purpose: for all channels and per channel where a channel-specific decision exists.</summary>
public sealed record ConsentStateView(string Purpose, string Name, string State, DateTime? Since, IReadOnlyDictionary<string, string> Channels);

public sealed record NotificationTypeView(Guid Id, string Key, string Name, PurposeClass PurposeClass, string? ConsentPurpose);

public sealed record ChannelDefaultsView(IReadOnlyList<Channel> AllowedChannels, Channel? PreferredChannel);
