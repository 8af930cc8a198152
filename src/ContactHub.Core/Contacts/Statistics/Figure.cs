namespace ContactHub.Contacts.Statistics;

/// <summary>One counted category: an enum member's name and how many contacts it has.</summary>
public sealed record Figure(string Key, int Count);
