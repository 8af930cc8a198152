using ContactHub.Access;
using Microsoft.AspNetCore.Identity;

namespace ContactHub.Web.Access;

/// <summary>The framework's PBKDF2 password hasher behind the core's seam.</summary>
public sealed class OperatorPasswordHasher : IOperatorPasswordHasher
{
    private readonly PasswordHasher<Operator> _hasher = new();

    public string Hash(Operator account, string password) => _hasher.HashPassword(account, password);

    public bool Verify(Operator account, string password) =>
        account.PasswordHash.Length > 0
        && _hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
}
