using ContactHub.Common;

namespace ContactHub.Contacts.CompanyLinks;

/// <summary>A person working for (or representing) a company, with a role such as "Purchasing manager".</summary>
public sealed class CompanyLink : IOrganisationOwned
{
    private CompanyLink()
    {
    }

    internal CompanyLink(Guid organisationId, Guid personId, Guid companyId, string? role, DateTime createdAt)
    {
        Id = Ids.New();
        OrganisationId = organisationId;
        PersonId = personId;
        CompanyId = companyId;
        Role = role;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid PersonId { get; private set; }

    public Guid CompanyId { get; private set; }

    public string? Role { get; private set; }

    public DateTime CreatedAt { get; private set; }

    internal void ChangeRole(string? role) => Role = role;
}
