namespace ContactHub.Web.Access;

/// <summary>
/// Endpoint metadata: the <see cref="ContactHub.Access.ApiScopes">scope</see> an API key needs to call the endpoint.
/// The organisation policy (<see cref="ScopeRequirement"/>) checks it and the OpenAPI document declares it
/// (<see cref="ScopesInOpenApi"/>). Where an endpoint carries several, the last added (its own) counts.
/// </summary>
public sealed record RequiredScope(string Scope);
