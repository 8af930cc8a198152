namespace ContactHub.Contacts.ContactPoints;

/// <summary>The three kinds of contact point; the API and the rules treat them alike.</summary>
public enum ContactPointKind
{
    Email,
    Phone,
    Address,
}
