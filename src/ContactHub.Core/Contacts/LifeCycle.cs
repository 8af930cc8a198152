namespace ContactHub.Contacts;

/// <summary>Marketing until the contact has an accounts-receivable account, then Financial (a customer). Computed, never set.</summary>
public enum LifeCycle
{
    Marketing,
    Financial,
}

public static class LifeCycles
{
    public static LifeCycle Of(string? accountReference) =>
        string.IsNullOrWhiteSpace(accountReference) ? LifeCycle.Marketing : LifeCycle.Financial;
}
