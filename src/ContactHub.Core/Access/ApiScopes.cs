using ContactHub.Common;

namespace ContactHub.Access;

/// <summary>
/// What an organisation's API key may do, chosen when it is created: each API endpoint requires exactly one scope
/// (the web host declares it per endpoint and in the OpenAPI document). Reading identity documents unmasked is the
/// key's own permission (<see cref="ApiKey.MaySeeIdentityDocuments"/>), granted like a clearance.
/// </summary>
public static class ApiScopes
{
    public const string ContactsRead = "contacts:read";
    public const string ContactsWrite = "contacts:write";
    public const string DefinitionRead = "definition:read";
    public const string DefinitionWrite = "definition:write";
    public const string Runs = "runs";
    public const string Imports = "imports";

    public static readonly IReadOnlyList<string> All = [ContactsRead, ContactsWrite, DefinitionRead, DefinitionWrite, Runs, Imports];

    /// <summary>The scopes asked for, in the canonical order, or every scope when left out; none at all, or an unknown one, is a field error.</summary>
    public static IReadOnlyList<string> Parse(IReadOnlyList<string?>? requested, string field)
    {
        if (requested is null)
        {
            return All;
        }

        var errors = new ValidationErrors();
        if (requested.Count == 0)
        {
            errors.Add(field, "Choose at least one scope: a key without any could call nothing.");
        }

        for (var i = 0; i < requested.Count; i++)
        {
            if (!All.Contains(requested[i] ?? string.Empty, StringComparer.Ordinal))
            {
                errors.Add($"{field}[{i}]", $"Unknown scope; the scopes are: {string.Join(", ", All)}.");
            }
        }

        errors.ThrowIfAny();
        return [.. All.Where(requested.Contains)];
    }

    /// <summary>As stored: space-separated, as OAuth writes scopes.</summary>
    public static string Join(IEnumerable<string> scopes) => string.Join(' ', scopes);

    public static IReadOnlyList<string> Split(string stored) => stored.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
