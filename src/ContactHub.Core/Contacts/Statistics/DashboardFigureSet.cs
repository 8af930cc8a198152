namespace ContactHub.Contacts.Statistics;

/// <summary>Everything the dashboard counts, as of <see cref="ComputedAt"/>; <see cref="Refreshing"/> while a newer set is being computed.</summary>
public sealed record DashboardFigureSet(ContactFigures Figures, PossibleDuplicates Duplicates, DateTime ComputedAt, bool Refreshing = false);
