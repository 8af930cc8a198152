using ContactHub.Consent;
using ContactHub.Contacts;

namespace ContactHub.Bench.Import;

/// <summary>
/// The baseline's rows: a request mapped straight to the columns of the same tables, with no validation,
/// normalisation (phones stay as typed) or audit — what a hand-written loader would do.
/// </summary>
internal sealed class RawRows
{
    public static readonly RawTable Contacts = new("Contacts",
        ["Id", "OrganisationId", "Kind", "Version", "CreatedAt", "UpdatedAt", "Title", "FirstName", "LastName", "Gender", "DateOfBirth",
         "CountryOfResidence", "CompanyName", "Industry", "Employees", "EstablishedOn", "PreferredLanguage", "ReferenceCode", "NameKey",
         "AllowEmail", "AllowPhone", "AllowSms", "AllowLetter", "PreferredChannel", "IsBlocked", "Confidentiality"]);

    public static readonly RawTable Emails = new("ContactEmails", ["Id", "OrganisationId", "ContactId", "Type", "IsActive", "Address", "Normalized", "BounceStatus"]);
    public static readonly RawTable Phones = new("ContactPhones", ["Id", "OrganisationId", "ContactId", "Type", "IsActive", "Raw", "E164", "ReversedDigits", "LineType"]);
    public static readonly RawTable Addresses = new("ContactAddresses", ["Id", "OrganisationId", "ContactId", "Type", "IsActive", "Street", "PostalCode", "City", "Country"]);
    public static readonly RawTable Categories = new("ContactCategories", ["ContactId", "OrganisationId", "Name"]);

    public static IReadOnlyList<RawTable> Tables { get; } = [Contacts, Emails, Phones, Addresses, Categories];

    public Dictionary<RawTable, List<object?[]>> Rows { get; } = Tables.ToDictionary(t => t, _ => new List<object?[]>());

    public int Count => Rows[Contacts].Count;

    public void Add(ContactRequest request, Guid organisationId, DateTime now)
    {
        var id = Guid.CreateVersion7();
        var name = request.Kind == ContactKind.Company ? request.CompanyName ?? "" : $"{request.FirstName} {request.LastName}";
        Rows[Contacts].Add([id, organisationId, request.Kind?.ToString() ?? "Person", 1L, now, now, request.Title, request.FirstName, request.LastName,
            request.Gender?.ToString(), request.DateOfBirth, request.CountryOfResidence, request.CompanyName, request.Industry, request.Employees,
            request.EstablishedOn, request.PreferredLanguage, request.ReferenceCode, name.ToLowerInvariant(),
            Allows(request, Channel.Email), Allows(request, Channel.Phone), Allows(request, Channel.Sms), Allows(request, Channel.Letter),
            (request.PreferredChannel ?? (Allows(request, Channel.Email) ? Channel.Email : null))?.ToString(), false, 0]);
        foreach (var e in request.Emails ?? [])
        {
            Rows[Emails].Add([Guid.CreateVersion7(), organisationId, id, e.Type, true, e.Address, e.Address?.ToLowerInvariant(), "None"]);
        }

        foreach (var p in request.Phones ?? [])
        {
            var digits = new string([.. (p.Number ?? "").Where(char.IsAsciiDigit)]);
            Rows[Phones].Add([Guid.CreateVersion7(), organisationId, id, p.Type, true, p.Number, digits, new string([.. digits.Reverse()]), "Unknown"]);
        }

        foreach (var a in request.Addresses ?? [])
        {
            Rows[Addresses].Add([Guid.CreateVersion7(), organisationId, id, a.Type, true, a.Street, a.PostalCode, a.City, a.Country]);
        }

        foreach (var c in request.Categories ?? [])
        {
            Rows[Categories].Add([id, organisationId, c]);
        }
    }

    // A new organisation allows every channel and prefers e-mail; a request's own channels replace that.
    private static bool Allows(ContactRequest request, Channel channel) => request.AllowedChannels?.Contains(channel) ?? true;

    public void Clear()
    {
        foreach (var rows in Rows.Values)
        {
            rows.Clear();
        }
    }
}

internal sealed record RawTable(string Name, string[] Columns)
{
    public string ColumnList => string.Join(", ", Columns.Select(c => $"\"{c}\""));
}
