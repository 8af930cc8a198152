using ContactHub.Common;

namespace ContactHub.Contacts.ContactPoints;

/// <summary>A postal address: a country and at least a street or a city, each line of a sane length.</summary>
public sealed record PostalAddress(string? Street, string? Street2, string? PostalCode, string? City, string? Region, CountryCode Country)
{
    public const int MaxLineLength = 200;

    public static PostalAddress Parse(AddressRequest request, ValidationErrors errors, string field)
    {
        var country = errors.Capture(ContactPointInput.PathOf(field, "country"), () => CountryCode.Parse(request.Country));
        var street = Line(request.Street, ContactPointInput.PathOf(field, "street"), errors);
        var city = Line(request.City, ContactPointInput.PathOf(field, "city"), errors);
        if (street is null && city is null)
        {
            errors.Add(ContactPointInput.PathOf(field, "city"), "An address needs at least a street or a city.");
        }

        var address = new PostalAddress(
            street,
            Line(request.Street2, ContactPointInput.PathOf(field, "street2"), errors),
            Line(request.PostalCode, ContactPointInput.PathOf(field, "postalCode"), errors, 20),
            city,
            Line(request.Region, ContactPointInput.PathOf(field, "region"), errors),
            country!);
        return address;
    }

    private static string? Line(string? value, string field, ValidationErrors errors, int max = MaxLineLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > max || trimmed.Any(char.IsControl))
        {
            errors.Add(field, $"Must be at most {max} characters on one line.");
        }

        return trimmed;
    }
}
