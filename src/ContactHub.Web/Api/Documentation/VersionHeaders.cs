namespace ContactHub.Web.Api.Documentation;

/// <summary>Whether an operation reads the contact's version from If-Match: not at all, when given, or always (428 without).</summary>
public enum IfMatchUse
{
    None,
    Optional,
    Required,
}

/// <summary>
/// Endpoint metadata: the operation answers with the contact's version as <c>ETag</c> and/or reads <c>If-Match</c>.
/// The handler sets and reads the headers (<see cref="ETags"/>); this tells the OpenAPI document, which declares the
/// headers and the 412/428 problems from it (<see cref="ProblemResponses"/>).
/// </summary>
public sealed record VersionHeaders(IfMatchUse IfMatch, bool AnswersETag);

/// <summary>Declares <see cref="VersionHeaders"/> at a Map call.</summary>
public static class VersionHeadersExtensions
{
    public static RouteHandlerBuilder WithVersionHeaders(this RouteHandlerBuilder endpoint, IfMatchUse ifMatch = IfMatchUse.None, bool answersETag = true) =>
        endpoint.WithMetadata(new VersionHeaders(ifMatch, answersETag));
}
