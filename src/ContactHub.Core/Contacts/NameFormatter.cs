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
    /// <param name="fallback">What a contact without a name is shown as (<see cref="Fallback"/>): seed 003 lets a person be saved with any one field.</param>
    public static string Format(NameOrder order, ContactKind kind, string? firstName, string? middleName, string? lastName, string? companyName, string? fallback = null)
    {
        var name = NameOf(order, kind, firstName, middleName, lastName, companyName);
        return name.Length > 0 ? name : fallback ?? string.Empty;
    }

    /// <summary>The name of a contact loaded with its contact points; a nameless one falls back to its e-mail, else its phone.</summary>
    public static string Format(NameOrder order, Contact contact) =>
        Format(order, contact.Kind, contact.FirstName, contact.MiddleName, contact.LastName, contact.CompanyName, Fallback(
            contact.Emails.Where(e => e.IsActive).OrderBy(e => e.Id).Select(e => e.Address).FirstOrDefault(),
            contact.Phones.Where(p => p.IsActive).OrderBy(p => p.Id).Select(p => p.E164).FirstOrDefault()));

    /// <summary>The display name of a nameless contact: its first active e-mail, else its first active phone in international notation.</summary>
    public static string? Fallback(string? email, string? phoneE164) =>
        email ?? (phoneE164 is null ? null : new ContactPoints.Phones.PhoneNumber(phoneE164, phoneE164, null, string.Empty, ContactPoints.Phones.PhoneLineType.Unknown).FormatInternational());

    private static string NameOf(NameOrder order, ContactKind kind, string? firstName, string? middleName, string? lastName, string? companyName)
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

    private static string Join(char separator, params string?[] parts) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
