using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Access;

public enum SignInStatus
{
    Succeeded,
    Failed,
    LockedOut,
}

public sealed record SignInResult(SignInStatus Status, Operator? Operator);

/// <summary>
/// Signing operators in and checking that a session is still valid. Both run before any organisation is known,
/// so they are the only reads of operators across tenants.
/// </summary>
public sealed class OperatorSignIn(AppDbContext db, IOperatorPasswordHasher hasher, TimeProvider clock)
{
    public const int MaxFailedAttempts = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private static readonly Operator Decoy = new(Guid.Empty, "decoy@invalid", "decoy", OperatorRole.Viewer, Clearance.Free, DateTime.UnixEpoch);

    /// <summary>
    /// E-mails are unique per organisation only, so the password is tried against every enabled operator with
    /// the address; the one it matches signs in. A miss counts as a failure for each of them.
    /// </summary>
    public async Task<SignInResult> SignInAsync(string? email, string? password, CancellationToken ct)
    {
        var normalized = email?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(normalized) || string.IsNullOrEmpty(password))
        {
            return new SignInResult(SignInStatus.Failed, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.Operators.Bypassing(FilterBypass.OperatorSignIn)
            .Where(o => o.Email == normalized && !o.IsDisabled)
            .ToListAsync(ct);
        var open = candidates.Where(o => !o.IsLockedOut(now)).ToList();
        if (open.Count == 0)
        {
            // Hashing costs what one password check costs, so response times do not tell which e-mails have accounts.
            _ = hasher.Hash(Decoy, password);
        }
        else if (open.Find(o => hasher.Verify(o, password)) is { } match)
        {
            match.RecordSuccessfulLogin();
            await db.SaveChangesAsync(ct);
            return new SignInResult(SignInStatus.Succeeded, match);
        }

        open.ForEach(o => o.RecordFailedLogin(now, MaxFailedAttempts, LockoutDuration));
        await db.SaveChangesAsync(ct);
        var lockedOut = candidates.Count > 0 && candidates.TrueForAll(o => o.IsLockedOut(now));
        return new SignInResult(lockedOut ? SignInStatus.LockedOut : SignInStatus.Failed, null);
    }

    /// <summary>A session lives while its operator is enabled and its security stamp unchanged (password, role, state).</summary>
    public Task<bool> IsSessionValidAsync(Guid operatorId, string securityStamp, CancellationToken ct) =>
        db.Operators.Bypassing(FilterBypass.OperatorSignIn).AnyAsync(o => o.Id == operatorId && o.SecurityStamp == securityStamp && !o.IsDisabled, ct);
}
