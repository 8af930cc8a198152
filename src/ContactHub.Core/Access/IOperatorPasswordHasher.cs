namespace ContactHub.Access;

/// <summary>
/// Hashes and checks operator passwords. The host supplies it (ASP.NET Core's <c>PasswordHasher</c>), so the core
/// keeps the rules of signing in without depending on ASP.NET.
/// </summary>
public interface IOperatorPasswordHasher
{
    string Hash(Operator account, string password);

    bool Verify(Operator account, string password);
}
