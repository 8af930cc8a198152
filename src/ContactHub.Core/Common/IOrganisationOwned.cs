namespace ContactHub.Common;

/// <summary>Every row belongs to one organisation; the data context filters every query by it.</summary>
public interface IOrganisationOwned
{
    Guid OrganisationId { get; }
}
