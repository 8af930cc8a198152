using ContactHub.Common;

namespace ContactHub.Contacts;

/// <summary>One master-data field: its API name, which kind of contact has it, and how it is validated and set.</summary>
internal sealed record ContactField(
    string Name,
    ContactKind? OnlyFor,
    Func<ContactRequest, bool> HasValue,
    Action<Contact, ContactRequest, ValidationErrors, DateOnly> Apply)
{
    /// <param name="identityDocument">A value shown masked to most callers: a masked value sent back is refused, never stored.</param>
    public static ContactField Text(
        string name, Func<ContactRequest, string?> get, Action<Contact, string?> set, int maxLength, ContactKind? onlyFor, bool multiLine = false, bool identityDocument = false) =>
        new(name, onlyFor, r => get(r) is not null, (c, r, errors, _) =>
        {
            var value = get(r)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                set(c, null);
                return;
            }

            if (value.Length > maxLength)
            {
                errors.Add(name, $"Must be at most {maxLength} characters.");
            }
            else if (value.Any(ch => char.IsControl(ch) && !(multiLine && ch is '\n' or '\r' or '\t')))
            {
                errors.Add(name, multiLine ? "Must not contain control characters." : "Must be on one line without control characters.");
            }
            else if (identityDocument && IdentityDocuments.IdentityDocumentMask.LooksMasked(value))
            {
                errors.Add(name, "This is the masked value as it was shown; send the whole number, or leave the field out to keep it.");
            }
            else
            {
                set(c, value);
            }
        });

    public static ContactField Country(string name, Func<ContactRequest, string?> get, Action<Contact, string?> set, ContactKind? onlyFor) =>
        new(name, onlyFor, r => get(r) is not null, (c, r, errors, _) =>
        {
            var value = get(r);
            set(c, string.IsNullOrWhiteSpace(value) ? null : errors.Capture(name, () => CountryCode.Parse(value))?.Value);
        });

    public static ContactField NameDay(string name, Func<ContactRequest, string?> get, Action<Contact, string?> set, ContactKind? onlyFor) =>
        new(name, onlyFor, r => get(r) is not null, (c, r, errors, _) =>
        {
            var value = get(r);
            set(c, string.IsNullOrWhiteSpace(value) ? null : errors.Capture(name, () => NameDays.NameDay.Parse(value))?.ToString());
        });

    public static ContactField Language(string name, Func<ContactRequest, string?> get, Action<Contact, string?> set) =>
        new(name, null, r => get(r) is not null, (c, r, errors, _) =>
        {
            var value = get(r);
            set(c, string.IsNullOrWhiteSpace(value) ? null : errors.Capture(name, () => LanguageTag.Parse(value))?.Value);
        });

    public static ContactField Date(string name, Func<ContactRequest, DateOnly?> get, Action<Contact, DateOnly?> set, ContactKind? onlyFor, bool notInFuture) =>
        new(name, onlyFor, r => get(r) is not null, (c, r, errors, today) =>
        {
            var value = get(r);
            if (value is { } date && (date.Year < 1800 || (notInFuture && date > today)))
            {
                errors.Add(name, notInFuture ? "Must be a date between 1800 and today." : "Must be a date after 1800.");
                return;
            }

            set(c, value);
        });

    /// <summary>A calendar year from 1800 up to next year (a profile may be prepared ahead).</summary>
    public static ContactField Year(string name, Func<ContactRequest, int?> get, Action<Contact, int?> set, ContactKind? onlyFor) =>
        new(name, onlyFor, r => get(r) is not null, (c, r, errors, today) =>
        {
            var value = get(r);
            if (value is { } year && (year < 1800 || year > today.Year + 1))
            {
                errors.Add(name, $"Must be a year between 1800 and {today.Year + 1}.");
                return;
            }

            set(c, value);
        });

    public static ContactField Number<T>(string name, Func<ContactRequest, T?> get, Action<Contact, T?> set, ContactKind? onlyFor)
        where T : struct, System.Numerics.INumber<T> =>
        new(name, onlyFor, r => get(r) is not null, (c, r, errors, _) =>
        {
            var value = get(r);
            if (value is { } number && T.IsNegative(number))
            {
                errors.Add(name, "Must not be negative.");
                return;
            }

            set(c, value);
        });

    public static ContactField Of<T>(string name, Func<ContactRequest, T?> get, Action<Contact, T?> set, ContactKind? onlyFor)
        where T : struct =>
        new(name, onlyFor, r => get(r) is not null, (c, r, _, _) => set(c, get(r)));
}
