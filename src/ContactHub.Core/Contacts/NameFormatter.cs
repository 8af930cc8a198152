namespace ContactHub.Contacts;

/// <summary>The organisation's name rule: in which order a person's names are shown.</summary>
public enum NameOrder
{
    /// <summary>"Anna Maria Muster".</summary>
    FirstMiddleLast,

    /// <summary>"Muster, Anna Maria".</summary>
    LastFirstMiddle,
}

/// <summary>The one formatting function for contact names: every list, view, export and template uses it.</summary>
public static class NameFormatter
{
    public static string Format(NameOrder order, ContactKind kind, string? firstName, string? middleName, string? lastName, string? companyName)
    {
        if (kind == ContactKind.Company)
        {
            return companyName ?? string.Empty;
        }

        var given = Join(' ', firstName, middleName);
        return order switch
        {
            NameOrder.LastFirstMiddle when !string.IsNullOrEmpty(lastName) && given.Length > 0 => $"{lastName}, {given}",
            NameOrder.LastFirstMiddle => Join(' ', lastName, given),
            _ => Join(' ', given, lastName),
        };
    }

    public static string Format(NameOrder order, Contact contact) =>
        Format(order, contact.Kind, contact.FirstName, contact.MiddleName, contact.LastName, contact.CompanyName);

    private static string Join(char separator, params string?[] parts) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
