using ContactHub.Common;
using ContactHub.Contacts.CompanyLinks;
using ContactHub.Contacts.ContactPoints;
using ContactHub.Contacts.ContactPoints.Phones;
using ContactHub.Contacts.Relations;

namespace ContactHub.Contacts;

/// <summary>The contact's rules for its parts: contact points, relations and company links.</summary>
public sealed partial class Contact
{
    internal ContactEmail AddEmail(string type, EmailAddress address, string? inUse) =>
        Add(_emails, new ContactEmail(OrganisationId, Id, type, address, inUse));

    internal ContactPhone AddPhone(string type, PhoneNumber number, string? inUse) =>
        Add(_phones, new ContactPhone(OrganisationId, Id, type, number, inUse));

    internal ContactAddress AddAddress(string type, PostalAddress address, string? inUse) =>
        Add(_addresses, new ContactAddress(OrganisationId, Id, type, address, inUse));

    public IReadOnlyList<ContactPoint> PointsOf(ContactPointKind kind) => kind switch
    {
        ContactPointKind.Email => _emails,
        ContactPointKind.Phone => _phones,
        _ => _addresses,
    };

    internal ContactPoint FindPoint(ContactPointKind kind, Guid pointId) =>
        PointsOf(kind).FirstOrDefault(p => p.Id == pointId) ?? throw new NotFoundException($"The {kind.ToString().ToLowerInvariant()} entry");

    internal void Deactivate(ContactPointKind kind, Guid pointId) => FindPoint(kind, pointId).Deactivate();

    internal void Reactivate(ContactPointKind kind, Guid pointId)
    {
        var point = FindPoint(kind, pointId);
        if (!point.IsActive)
        {
            EnsureNoActive(PointsOf(kind), point.Type);
            point.Reactivate();
        }
    }

    internal void SetInUse(ContactPointKind kind, Guid pointId, string? reason) => FindPoint(kind, pointId).MarkInUse(reason);

    internal ContactPoint Remove(ContactPointKind kind, Guid pointId)
    {
        var point = FindPoint(kind, pointId);
        if (point.IsActive)
        {
            throw new ConflictException(
                "contact-point-active",
                $"The {point.Describe()} is active; deactivate it before removing it.",
                new Dictionary<string, object?> { ["id"] = point.Id });
        }

        _ = kind switch
        {
            ContactPointKind.Email => _emails.Remove((ContactEmail)point),
            ContactPointKind.Phone => _phones.Remove((ContactPhone)point),
            _ => _addresses.Remove((ContactAddress)point),
        };
        return point;
    }

    internal ContactRelation AddRelation(Contact related, string type, DateTime now)
    {
        if (related.Id == Id)
        {
            throw ValidationFailedException.For("relatedContactId", "A contact cannot be related to itself.");
        }

        if (_relations.Exists(r => r.RelatedContactId == related.Id && r.Type == type))
        {
            throw new ConflictException("relation-exists", $"This contact already has a '{type}' relation to that contact.");
        }

        var relation = new ContactRelation(OrganisationId, Id, related.Id, type, now);
        _relations.Add(relation);
        return relation;
    }

    internal ContactRelation FindRelation(Guid relationId) =>
        _relations.FirstOrDefault(r => r.Id == relationId) ?? throw new NotFoundException("The relation");

    internal void RemoveRelation(Guid relationId) => _relations.Remove(FindRelation(relationId));

    internal CompanyLink ConnectTo(Contact company, string? role, DateTime now)
    {
        if (Kind != ContactKind.Person)
        {
            throw new ConflictException("not-a-person", "Only a person can be connected to a company as a contact person.");
        }

        if (company.Kind != ContactKind.Company)
        {
            throw ValidationFailedException.For("companyId", "The contact to connect to is not a company.");
        }

        if (_companyLinks.Exists(l => l.CompanyId == company.Id))
        {
            throw new ConflictException("company-link-exists", "This person is already connected to that company.");
        }

        var link = new CompanyLink(OrganisationId, Id, company.Id, role, now);
        _companyLinks.Add(link);
        return link;
    }

    internal CompanyLink FindCompanyLink(Guid linkId) =>
        _companyLinks.FirstOrDefault(l => l.Id == linkId) ?? throw new NotFoundException("The company link");

    internal void Disconnect(Guid linkId) => _companyLinks.Remove(FindCompanyLink(linkId));

    private static T Add<T>(List<T> points, T point)
        where T : ContactPoint
    {
        EnsureNoActive(points, point.Type);
        points.Add(point);
        return point;
    }

    private static void EnsureNoActive(IEnumerable<ContactPoint> points, string type)
    {
        var active = points.FirstOrDefault(p => p.IsActive && p.Type == type);
        if (active is not null)
        {
            throw new ConflictException(
                "active-entry-exists",
                $"The contact already has an active {active.Describe()}; deactivate it first or use another type.",
                new Dictionary<string, object?> { ["existingId"] = active.Id, ["type"] = type });
        }
    }
}
