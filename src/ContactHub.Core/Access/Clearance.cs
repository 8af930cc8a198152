namespace ContactHub.Access;

/// <summary>How confidential a contact is, and how far an operator or API key may see. Ordered: a caller sees levels up to its own.</summary>
public enum Clearance
{
    Free = 0,
    Restricted = 1,
    Confidential = 2,
}
