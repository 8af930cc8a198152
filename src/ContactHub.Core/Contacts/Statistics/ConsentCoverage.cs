namespace ContactHub.Contacts.Statistics;

/// <summary>For one consent purpose: contacts whose decision for all channels is granted, withdrawn, or none yet.</summary>
public sealed record ConsentCoverage(string PurposeKey, string PurposeName, int Granted, int Withdrawn, int None);
