using ContactHub.Common;

namespace ContactHub.Web.Api;

/// <summary>A change was sent without If-Match; the API refuses to overwrite blindly (RFC 6585 428).</summary>
public sealed class PreconditionRequiredException()
    : ContactHubException("This request needs an If-Match header with the contact's ETag; read the contact first.");

/// <summary>A retry used an Idempotency-Key that belongs to a different request.</summary>
public sealed class IdempotencyKeyReusedException()
    : ContactHubException("This Idempotency-Key was already used for a different request; use a new key for a new request.");

/// <summary>
/// The query string names a parameter the endpoint does not read (a misspelt or unsupported filter): answering as if it
/// were absent would let the caller believe it applied. One field error per unknown name.
/// </summary>
public sealed class UnknownQueryParameterException(IReadOnlyDictionary<string, string[]> errors)
    : ContactHubException($"Unknown query parameter(s): {string.Join(", ", errors.Keys)}.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
