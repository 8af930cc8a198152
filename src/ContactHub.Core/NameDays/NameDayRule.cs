using ContactHub.Common;

namespace ContactHub.NameDays;

/// <summary>
/// One name-day rule of the contact definition: a day of the year and the names (with their variations) celebrated
/// on it. At most one rule per day; a name belongs to one day only.
/// </summary>
public sealed class NameDayRule : IOrganisationOwned
{
    private NameDayRule()
    {
        Date = string.Empty;
        Names = string.Empty;
    }

    internal NameDayRule(Guid organisationId, NameDay day, IReadOnlyList<string> names)
    {
        Id = Ids.New();
        OrganisationId = organisationId;
        Date = day.ToString();
        Names = Join(names);
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>The day as "MM-DD".</summary>
    public string Date { get; private set; }

    /// <summary>The names one per line (a name never holds a line break), in the order the organisation gave them.</summary>
    public string Names { get; private set; }

    public IReadOnlyList<string> NameList => Names.Length == 0 ? [] : Names.Split('\n');

    internal void SetNames(IReadOnlyList<string> names) => Names = Join(names);

    private static string Join(IReadOnlyList<string> names) => string.Join('\n', names);
}
