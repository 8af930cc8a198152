using ContactHub.Common;

namespace ContactHub.Idempotency;

/// <summary>
/// The first response to a POST with an Idempotency-Key, kept so a retry with the same key and body gets the
/// same answer instead of a second contact. The row is reserved before the work starts (StatusCode 0), so two
/// concurrent retries cannot both run.
/// </summary>
public sealed class IdempotencyRecord : IOrganisationOwned
{
    private IdempotencyRecord()
    {
        Key = string.Empty;
        RequestHash = string.Empty;
    }

    public IdempotencyRecord(Guid organisationId, string key, string requestHash, DateTime createdAt)
    {
        OrganisationId = organisationId;
        Key = key;
        RequestHash = requestHash;
        CreatedAt = createdAt;
    }

    public Guid OrganisationId { get; private set; }

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
