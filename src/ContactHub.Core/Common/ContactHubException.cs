namespace ContactHub.Common;

/// <summary>
/// The base of every failure the core reports to a caller on purpose. The web host maps each
/// subtype to one RFC 9457 problem type in one place; anything else is a 500.
/// </summary>
public abstract class ContactHubException(string message) : Exception(message);

/// <summary>Input that breaks a rule; carries the offending fields and a message for each.</summary>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
    : ContactHubException("One or more fields are invalid.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static ValidationFailedException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>The thing does not exist for this caller (missing, another organisation's, or above clearance).</summary>
public sealed class NotFoundException(string what) : ContactHubException($"{what} was not found.");

/// <summary>The request is valid but conflicts with the current state (e.g. a second active e-mail of a type).</summary>
public sealed class ConflictException(string code, string message, IReadOnlyDictionary<string, object?>? extensions = null)
    : ContactHubException(message)
{
    /// <summary>A stable, machine-readable code; becomes part of the problem type URI.</summary>
    public string Code { get; } = code;

    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();
}

/// <summary>The caller's version (If-Match) is not the current one.</summary>
public sealed class PreconditionFailedException(long currentVersion)
    : ContactHubException("The contact was changed since you read it; reload it and apply your change again.")
{
    public long CurrentVersion { get; } = currentVersion;
}
