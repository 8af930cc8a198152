using ContactHub.Common;

namespace ContactHub.Segments;

/// <summary>
/// One contact named by hand on a segment: included (a static segment's member, or a dynamic segment's addition to what
/// its filters match) or excluded (never a member, whatever the filters say). A row, not JSON, so membership joins.
/// </summary>
public sealed class SegmentMember : IOrganisationOwned
{
    private SegmentMember()
    {
        AddedBy = string.Empty;
    }

    internal SegmentMember(Guid organisationId, Guid segmentId, Guid contactId, bool excluded, string addedBy, DateTime addedAt)
    {
        OrganisationId = organisationId;
        SegmentId = segmentId;
        ContactId = contactId;
        Excluded = excluded;
        AddedBy = addedBy;
        AddedAt = addedAt;
    }

    public Guid OrganisationId { get; private set; }

    public Guid SegmentId { get; private set; }

    public Guid ContactId { get; private set; }

    public bool Excluded { get; private set; }

    /// <summary>The actor's name, as the audit records it.</summary>
    public string AddedBy { get; private set; }

    public DateTime AddedAt { get; private set; }
}
