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

    public void SetPasswordHash(string hash) => PasswordHash = hash;

    public void Disable() => IsDisabled = true;
}
