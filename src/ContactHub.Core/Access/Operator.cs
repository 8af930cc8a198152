using ContactHub.Common;

namespace ContactHub.Access;

public enum OperatorRole
{
    /// <summary>Reads contacts.</summary>
    Viewer,

    /// <summary>Reads and edits contacts.</summary>
    Operator,

    /// <summary>Also configures the organisation: definition, operators, API keys.</summary>
    Administrator,
}

/// <summary>A back-office user of one organisation. The password hash is produced by the host's password hasher.</summary>
public sealed class Operator : IOrganisationOwned
{
    private Operator()
    {
        Email = string.Empty;
        DisplayName = string.Empty;
        PasswordHash = string.Empty;
        SecurityStamp = string.Empty;
    }

    public Operator(Guid organisationId, string email, string displayName, OperatorRole role, Clearance clearance, DateTime createdAt)
    {
        Id = Ids.New();
        OrganisationId = organisationId;
        Email = email.Trim().ToLowerInvariant();
        DisplayName = displayName;
        Role = role;
        Clearance = clearance;
        CreatedAt = createdAt;
        PasswordHash = string.Empty;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Email { get; private set; }

    public string DisplayName { get; private set; }

    public string PasswordHash { get; private set; }

    public OperatorRole Role { get; private set; }

    public Clearance Clearance { get; private set; }

    public bool IsDisabled { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Failed sign-ins since the last success; reaching the limit locks the account for a while.</summary>
    public int FailedLoginCount { get; private set; }

    public DateTime? LockedOutUntil { get; private set; }

    /// <summary>Changes whenever the password, role or state changes, so that open sessions can be ended.</summary>
    public string SecurityStamp { get; private set; }

    /// <summary>The IANA time zone the operator reads times in; null: the organisation's.</summary>
    public string? TimeZone { get; private set; }

    /// <summary>The culture dates and times are written in (e.g. de-CH); null: ISO 8601.</summary>
    public string? Culture { get; private set; }

    /// <summary>The contacts list's optional columns the operator switched on or off (JSON, column → shown); absent: the column's default.</summary>
    public string? ListColumns { get; private set; }

    public bool IsLockedOut(DateTime now) => LockedOutUntil > now;

    /// <summary>Preferences change nothing about access, so the security stamp (and open sessions) stay.</summary>
    public void SetPreferences(string? timeZone, string? culture, string? listColumns)
    {
        TimeZone = timeZone;
        Culture = culture;
        ListColumns = listColumns;
    }

    public void SetPasswordHash(string hash)
    {
        PasswordHash = hash;
        RenewStamp();
    }

    public void Disable()
    {
        IsDisabled = true;
        RenewStamp();
    }

    public void Enable()
    {
        IsDisabled = false;
        RenewStamp();
    }

    public void ChangeAccess(OperatorRole role, Clearance clearance)
    {
        Role = role;
        Clearance = clearance;
        RenewStamp();
    }

    public void RecordFailedLogin(DateTime now, int maxAttempts, TimeSpan lockout)
    {
        FailedLoginCount++;
        if (FailedLoginCount >= maxAttempts)
        {
            LockedOutUntil = now + lockout;
            FailedLoginCount = 0;
        }
    }

    public void RecordSuccessfulLogin()
    {
        FailedLoginCount = 0;
        LockedOutUntil = null;
    }

    private void RenewStamp() => SecurityStamp = Guid.NewGuid().ToString("N");
}
