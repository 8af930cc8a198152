using ContactHub.Common;
using ContactHub.Contacts.ContactPoints;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Access;

public sealed record OperatorRequest(string? Email, string? DisplayName, OperatorRole? Role, Clearance? Clearance, string? Password);

/// <summary>An operator as administrators list them; <see cref="TimeZone"/> and <see cref="Culture"/> are the operator's own choices (null: the defaults).</summary>
public sealed record OperatorView(
    Guid Id, string Email, string DisplayName, OperatorRole Role, Clearance Clearance, bool IsDisabled, DateTime? LockedOutUntil, DateTime CreatedAt,
    string? TimeZone = null, string? Culture = null)
{
    public static OperatorView From(Operator o) =>
        new(o.Id, o.Email, o.DisplayName, o.Role, o.Clearance, o.IsDisabled, o.LockedOutUntil, o.CreatedAt, o.TimeZone, o.Culture);
}

/// <summary>The operators of the caller's organisation: who may use the back office, with which role and clearance.</summary>
public sealed class OperatorService(AppDbContext db, CallerContext caller, IOperatorPasswordHasher hasher, TimeProvider clock)
{
    public const int MinPasswordLength = 12;

    public async Task<IReadOnlyList<OperatorView>> ListAsync(CancellationToken ct) =>
        [.. (await db.Operators.AsNoTracking().OrderBy(o => o.Email).ToListAsync(ct)).Select(OperatorView.From)];

    public async Task<OperatorView> CreateAsync(OperatorRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var email = errors.Capture("email", () => EmailAddress.Parse(request.Email));
        var displayName = request.DisplayName?.Trim();
        if (string.IsNullOrEmpty(displayName) || displayName.Length > 200)
        {
            errors.Add("displayName", "A name of 1 to 200 characters is required.");
        }

        if (request.Password is not { Length: >= MinPasswordLength })
        {
            errors.Add("password", $"The password must have at least {MinPasswordLength} characters.");
        }

        if (email is not null && await db.Operators.AnyAsync(o => o.Email == email.Value.ToLowerInvariant(), ct))
        {
            errors.Add("email", "An operator with this e-mail already exists.");
        }

        errors.ThrowIfAny();
        var (role, clearance) = (request.Role ?? OperatorRole.Viewer, request.Clearance ?? Clearance.Free);
        EnsureGrantable(role, clearance);
        var account = new Operator(caller.RequireOrganisation(), email!.Value, displayName!, role, clearance, clock.GetUtcNow().UtcDateTime);
        account.SetPasswordHash(hasher.Hash(account, request.Password!));
        db.Operators.Add(account);
        await db.SaveChangesAsync(ct);
        return OperatorView.From(account);
    }

    public Task ChangeAccessAsync(Guid id, OperatorRole role, Clearance clearance, CancellationToken ct)
    {
        EnsureGrantable(role, clearance);
        return ChangeAsync(id, o => o.ChangeAccess(role, clearance), ct);
    }

    public Task DisableAsync(Guid id, CancellationToken ct) => ChangeAsync(id, o => o.Disable(), ct);

    public Task EnableAsync(Guid id, CancellationToken ct) => ChangeAsync(id, o => o.Enable(), ct);

    // An administrator's role reads identity documents unmasked, so making one grants that too.
    private void EnsureGrantable(OperatorRole role, Clearance clearance) =>
        Grants.EnsureWithin(caller.Current, clearance, Contacts.IdentityDocuments.IdentityDocumentMask.Reveals(role), "clearance", "role");

    // An administrator who demotes or disables themselves could leave the organisation with nobody to undo it.
    private async Task ChangeAsync(Guid id, Action<Operator> change, CancellationToken ct)
    {
        if (caller.Current.ActorKind == ActorKind.Operator && caller.Current.ActorId == id)
        {
            throw new ConflictException("own-account", "Ask another administrator to change your own access.");
        }

        var account = await db.Operators.FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException("The operator");
        change(account);
        await db.SaveChangesAsync(ct);
    }
}
