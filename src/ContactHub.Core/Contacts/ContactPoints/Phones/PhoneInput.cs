using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using ContactHub.Common;

namespace ContactHub.Contacts.ContactPoints.Phones;

/// <summary>
/// The lexical half of phone parsing: what the user typed reduced to a '+' flag, the digits and an
/// extension, before any numbering-plan knowledge is applied.
/// </summary>
internal readonly record struct PhoneInput(string Raw, bool HasPlus, string Digits, string? Extension)
{
    public const int MaxLength = 40;

    // Extension digits are ASCII only: they are dialled as DTMF after the call connects, so the
    // normalising of other digit scripts done for the number itself would only hide typos here.
    private static readonly Regex ExtensionTail = new(
        @"\A(?:;ext=|(?:extension|ext\.?|x|\#)[\s.:]*)([0-9]{1,10})\s*\z",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
        TimeSpan.FromMilliseconds(200));

    // Every extension marker starts with one of these; any other letter is simply invalid.
    private static readonly SearchValues<char> ExtensionStarts = SearchValues.Create(";#xXeE");

    public static PhoneInput Read(string? raw)
    {
        var text = raw?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            throw new FieldValueException("Phone number is empty.");
        }

        if (text.Length > MaxLength)
        {
            throw new FieldValueException($"Phone number can be at most {MaxLength} characters long.");
        }

        // vCard 4 and CardDAV exports write numbers as RFC 3966 URIs.
        var body = text.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;

        string? extension = null;
        var tailStart = body.AsSpan().IndexOfAny(ExtensionStarts);
        if (tailStart >= 0)
        {
            var match = ExtensionTail.Match(body, tailStart, body.Length - tailStart);
            if (!match.Success)
            {
                throw new FieldValueException("Phone number contains invalid characters.");
            }

            extension = match.Groups[1].Value;
            body = body[..tailStart];
        }

        Span<char> digits = stackalloc char[MaxLength];
        var count = 0;
        var hasPlus = false;
        foreach (var c in body)
        {
            if (char.IsDigit(c))
            {
                // Full-width and other scripts' digits come from phones and IMEs; E.164 needs ASCII.
                digits[count++] = (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c));
            }
            else if (c == '+' && count == 0 && !hasPlus)
            {
                hasPlus = true;
            }
            else if (!IsSeparator(c))
            {
                throw new FieldValueException("Phone number contains invalid characters.");
            }
        }

        if (count == 0)
        {
            throw new FieldValueException("Phone number has no digits.");
        }

        return new PhoneInput(text, hasPlus, new string(digits[..count]), extension);
    }

    private static bool IsSeparator(char c) =>
        c is '.' or '-' or '/' or '(' or ')' or '[' or ']'
        || char.IsWhiteSpace(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation;
}
