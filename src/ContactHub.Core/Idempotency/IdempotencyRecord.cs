using ContactHub.Common;

namespace ContactHub.Idempotency;

/// <summary>
/// The first response to a POST with an Idempotency-Key, kept so a retry with the same key and body gets the
/// same answer instead of a second contact. The row is reserved before the work starts (StatusCode 0), so two
/// concurrent retries cannot both run. A record belongs to the API key or operator that sent the request: the
/// same key from another actor is another request, so a replay never answers with what its sender may not see.
/// </summary>
public sealed class IdempotencyRecord : IOrganisationOwned
{
    private IdempotencyRecord()
    {
        Key = string.Empty;
        RequestHash = string.Empty;
    }

    public IdempotencyRecord(Guid organisationId, Guid actorId, string key, string requestHash, DateTime createdAt)
    {
        OrganisationId = organisationId;
        ActorId = actorId;
        Key = key;
        RequestHash = requestHash;
        CreatedAt = createdAt;
    }

    public Guid OrganisationId { get; private set; }

    /// <summary>The API key or operator whose request this was (part of the primary key).</summary>
    public Guid ActorId { get; private set; }

    public string Key { get; private set; }

    /// <summary>SHA-256 of method, path and body: the same key with another request is refused.</summary>
    public string RequestHash { get; private set; }

    public int StatusCode { get; private set; }

    public string? Location { get; private set; }

    public string? ContentType { get; private set; }

    public byte[]? ResponseBody { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public bool IsComplete => StatusCode != 0;

    public void Complete(int statusCode, string? location, string? contentType, byte[] body)
    {
        StatusCode = statusCode;
        Location = location;
        ContentType = contentType;
        ResponseBody = body;
    }
}
