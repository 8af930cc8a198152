using ContactHub.Common;

namespace ContactHub.Access;

/// <summary>
/// No one grants more than they hold: an API key or operator that a caller creates or changes gets at most the
/// caller's clearance, and reads identity documents unmasked only if the caller does. The one check for every path
/// that grants access (the back office's API keys and operators pages, the services behind them). System callers —
/// system keys, which have no organisation, and the application itself — stand above the organisations and grant any level.
/// </summary>
public static class Grants
{
    /// <summary>The clearances <paramref name="grantor"/> may give: up to its own (all for a system caller).</summary>
    public static IReadOnlyList<Clearance> ClearancesFor(Caller grantor) =>
        [.. Enum.GetValues<Clearance>().Where(level => IsSystem(grantor) || level <= grantor.Clearance)];

    /// <summary>Refuses, as field errors, a clearance above the grantor's or identity-document access it does not have itself.</summary>
    public static void EnsureWithin(Caller grantor, Clearance clearance, bool identityDocuments, string clearanceField, string identityDocumentsField)
    {
        if (IsSystem(grantor))
        {
            return;
        }

        var errors = new ValidationErrors();
        if (clearance > grantor.Clearance)
        {
            errors.Add(clearanceField, $"You may grant at most your own clearance ({grantor.Clearance}).");
        }

        if (identityDocuments && !grantor.MaySeeIdentityDocuments)
        {
            errors.Add(identityDocumentsField, "You may not grant unmasked identity documents: you do not see them unmasked yourself.");
        }

        errors.ThrowIfAny();
    }

    private static bool IsSystem(Caller grantor) => grantor.ActorKind == ActorKind.System || grantor.OrganisationId is null;
}
