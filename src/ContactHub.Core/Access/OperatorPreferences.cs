using ContactHub.Common;

namespace ContactHub.Access;

/// <summary>
/// What the signed-in operator chose for reading the back office: the time zone (<see cref="OwnTimeZone"/>, or the
/// organisation's when unset — <see cref="Zone"/> is the one in force), how dates are written and which optional
/// columns the contacts list shows (column → shown; a column not named keeps its default).
/// </summary>
public sealed record OperatorPreferences(
    DisplayZone Zone, string? OwnTimeZone, string OrganisationTimeZone, DisplayCulture Culture, IReadOnlyDictionary<string, bool> ListColumns)
{
    /// <summary>Room for the choices of a few dozen columns.</summary>
    public const int MaxListColumnsLength = 4000;

    /// <summary>For a caller that is no operator (or before sign-in): UTC and ISO 8601, every column at its default.</summary>
    public static OperatorPreferences Default { get; } = new(DisplayZone.Utc, null, DisplayZone.Utc.Id, DisplayCulture.Iso, new Dictionary<string, bool>());
}

/// <summary>A change of the operator's zone and culture; a blank zone follows the organisation's, a blank culture is ISO 8601.</summary>
public sealed record OperatorDisplayRequest(string? TimeZone, string? Culture);
