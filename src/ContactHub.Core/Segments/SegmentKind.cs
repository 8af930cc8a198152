namespace ContactHub.Segments;

/// <summary>
/// Dynamic: the groups of filters are evaluated on every use. Static: a frozen membership list (a campaign's target)
/// that operators add to and remove from by hand.
/// </summary>
public enum SegmentKind
{
    Dynamic,
    Static,
}
