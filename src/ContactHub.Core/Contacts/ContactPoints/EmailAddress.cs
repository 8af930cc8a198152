using System.Globalization;
using ContactHub.Common;

namespace ContactHub.Contacts.ContactPoints;

/// <summary>
/// An e-mail address accepted by a deliberately practical policy rather than the full RFC 5322 grammar:
/// exactly one '@', a local part of at most 64 and a whole address of at most 254 characters (RFC 5321),
/// no white space or control characters (which rules out header injection through CR/LF), and a domain
/// with at least two labels that is valid after IDNA conversion, so "jürg@bücher.ch" is accepted.
/// </summary>
public sealed record EmailAddress
{
    private static readonly IdnMapping Idn = new() { AllowUnassigned = false, UseStd3AsciiRules = true };

    private EmailAddress(string value, string normalized)
    {
        Value = value;
        Normalized = normalized;
    }

    /// <summary>The address as the contact wrote it (trimmed).</summary>
    public string Value { get; }

    /// <summary>Lower-case local part and ASCII (punycode) domain: what uniqueness and search compare.</summary>
    public string Normalized { get; }

    public static EmailAddress Parse(string? input)
    {
        var value = input?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            throw new FieldValueException("An e-mail address is required.");
        }

        if (value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new FieldValueException("An e-mail address cannot contain spaces, line breaks or control characters.");
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at < 0 || at != value.LastIndexOf('@'))
        {
            throw new FieldValueException("An e-mail address must contain exactly one '@'.");
        }

        var local = value[..at];
        var domain = value[(at + 1)..];
        if (local.Length is 0 or > 64)
        {
            throw new FieldValueException("The part before '@' must be 1 to 64 characters long.");
        }

        if (local.StartsWith('.') || local.EndsWith('.') || local.Contains("..", StringComparison.Ordinal)
            || local.IndexOfAny(['(', ')', '<', '>', ',', ';', ':', '\\', '"', '[', ']']) >= 0)
        {
            throw new FieldValueException("The part before '@' contains characters or dots that mail servers reject.");
        }

        var asciiDomain = ToAsciiDomain(domain);
        var normalized = local.ToLowerInvariant() + "@" + asciiDomain;
        if (normalized.Length > 254)
        {
            throw new FieldValueException("An e-mail address can be at most 254 characters long.");
        }

        return new EmailAddress(value, normalized);
    }

    public override string ToString() => Value;

    private static string ToAsciiDomain(string domain)
    {
        string ascii;
        try
        {
            ascii = Idn.GetAscii(domain.TrimEnd('.')).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            throw new FieldValueException($"'{domain}' is not a valid domain name.");
        }

        var labels = ascii.Split('.');
        if (labels.Length < 2 || labels.Any(l => l.Length is 0 or > 63) || labels[^1].All(char.IsAsciiDigit))
        {
            throw new FieldValueException("The domain must have a '.' after the '@', e.g. name@example.com.");
        }

        return ascii;
    }
}
