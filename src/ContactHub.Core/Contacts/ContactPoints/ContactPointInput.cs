using System.Text.RegularExpressions;
using ContactHub.Common;
using ContactHub.Contacts.ContactPoints.Phones;
using ContactHub.Definitions.Lists;

namespace ContactHub.Contacts.ContactPoints;

/// <summary>
/// Turns the e-mail, phone and address requests of the API into contact points on a contact, collecting every
/// field error under the caller's JSON path (e.g. "emails[1].address") instead of stopping at the first.
/// </summary>
public static partial class ContactPointInput
{
    /// <summary>Adds the entries of a new contact; a clash between them is a field error of the request, not a conflict with stored data.</summary>
    public static void AddAll(Contact contact, ContactRequest request, string defaultRegion, DefinitionLists lists, ValidationErrors errors)
    {
        IEnumerable<(object Request, string Field)> entries =
        [
            .. (request.Emails ?? []).Select((e, i) => ((object)e, $"emails[{i}]")),
            .. (request.Phones ?? []).Select((p, i) => ((object)p, $"phones[{i}]")),
            .. (request.Addresses ?? []).Select((a, i) => ((object)a, $"addresses[{i}]")),
        ];
        foreach (var (entry, field) in entries)
        {
            try
            {
                TryAdd(contact, entry ?? throw new FieldValueException("An entry is required."), defaultRegion, lists, errors, field);
            }
            catch (ConflictException e)
            {
                errors.Add(PathOf(field, "type"), e.Message);
            }
            catch (FieldValueException e)
            {
                errors.Add(field, e.Message);
            }
        }
    }

    /// <summary>
    /// Adds one entry of any kind (an <see cref="EmailRequest"/>, <see cref="PhoneRequest"/> or <see cref="AddressRequest"/>);
    /// returns it, or null with the errors recorded. The type must be one of the definition's types of that kind.
    /// A second active entry of a type throws <see cref="ConflictException"/>.
    /// </summary>
    public static ContactPoint? TryAdd(Contact contact, object request, string defaultRegion, DefinitionLists lists, ValidationErrors errors, string field = "")
    {
        var local = new ValidationErrors();
        var create = Prepare(contact, request, defaultRegion, lists, field, local, out var type, out var inUse);
        local.CopyTo(errors);
        return create is null || local.HasErrors ? null : create(type!, inUse);
    }

    /// <summary>The path of a field inside the request: "emails[0].address" in a contact, "address" in a sub-resource body.</summary>
    public static string PathOf(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    private static Func<string, string?, ContactPoint>? Prepare(
        Contact contact, object request, string defaultRegion, DefinitionLists lists, string field, ValidationErrors errors, out string? validType, out string? validInUse)
    {
        var (list, type, inUse, create) = request switch
        {
            EmailRequest e => (DefinitionList.EmailTypes, e.Type, e.InUse, Parse(errors, PathOf(field, "address"), () => EmailAddress.Parse(e.Address), (t, a, u) => contact.AddEmail(t, a, u))),
            PhoneRequest p => (DefinitionList.PhoneTypes, p.Type, p.InUse, Parse(errors, PathOf(field, "number"), () => PhoneNumber.Parse(p.Number, contact.CountryOfResidence ?? defaultRegion), (t, n, u) => contact.AddPhone(t, n, u))),
            AddressRequest a => (DefinitionList.AddressTypes, a.Type, a.InUse, ParseAddress(errors, field, a, contact)),
            _ => throw new ArgumentException("Unknown contact point request.", nameof(request)),
        };

        validType = lists.Choose(list, type, PathOf(field, "type"), errors);
        validInUse = inUse is null || inUse.Trim().Length is > 0 and <= 50 ? inUse?.Trim() : null;
        if (inUse is not null && validInUse is null)
        {
            errors.Add(PathOf(field, "inUse"), "The in-use reason must be 1 to 50 characters.");
        }

        return create;
    }

    /// <summary>The shape of a type key in the definition's lists: a short lower-case token ("work", "home", "po-box").</summary>
    public static string? ValidType(string? type, string field, ValidationErrors errors)
    {
        var value = type?.Trim().ToLowerInvariant();
        if (value is null || !TypeShape().IsMatch(value))
        {
            errors.Add(field, "A type is required: a lower-case word such as work, home, mobile or billing (letters, digits, '-').");
            return null;
        }

        return value;
    }

    private static Func<string, string?, ContactPoint>? Parse<T>(ValidationErrors errors, string field, Func<T> parse, Func<string, T, string?, ContactPoint> add)
        where T : class
    {
        var value = errors.Capture(field, parse);
        return value is null ? null : (type, inUse) => add(type, value, inUse);
    }

    private static Func<string, string?, ContactPoint>? ParseAddress(ValidationErrors errors, string field, AddressRequest request, Contact contact)
    {
        // Called first for the entry, so any error so far is this address's own.
        var address = PostalAddress.Parse(request, errors, field);
        return errors.HasErrors ? null : (type, inUse) => contact.AddAddress(type, address, inUse);
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,31}$")]
    private static partial Regex TypeShape();
}
