namespace ContactHub.Common;

/// <summary>
/// An IANA time zone (e.g. Europe/Zurich) that the machine knows, as operators and organisations choose one for the
/// back office. Windows names are refused, so stored values read the same on every host.
/// </summary>
public sealed record DisplayZone
{
    public const int MaxLength = 64;

    private DisplayZone(TimeZoneInfo zone) => Zone = zone;

    public static DisplayZone Utc { get; } = new(TimeZoneInfo.Utc);

    public TimeZoneInfo Zone { get; }

    public string Id => Zone.Id;

    /// <summary>Every IANA zone of the machine, by id: the choices offered.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Append(TimeZoneInfo.Utc.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public static DisplayZone Parse(string? input)
    {
        var id = input?.Trim();
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength)
        {
            throw new FieldValueException("Choose a time zone such as Europe/Zurich.");
        }

        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return zone.HasIanaId ? new DisplayZone(zone) : throw new FieldValueException($"'{id}' is not an IANA time zone (e.g. Europe/Zurich).");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new FieldValueException($"'{id}' is not a known time zone (e.g. Europe/Zurich).");
        }
    }

    /// <summary>A stored id read back; one the machine no longer knows falls back to UTC rather than failing the page.</summary>
    public static DisplayZone OrUtc(string? id)
    {
        try
        {
            return id is null ? Utc : Parse(id);
        }
        catch (FieldValueException)
        {
            return Utc;
        }
    }

    public override string ToString() => Id;
}
