using ContactHub.Web.Api.Documentation;
using ContactHub.Organisations;
using ContactHub.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactHub.Web.Api;

/// <summary>/api/v1/organisations: tenants and their API keys, for system keys only.</summary>
public static class OrganisationsApi
{
    public sealed record OrganisationCreated(Guid Id, string Name, string DefaultCountry, string TimeZone, DateTime CreatedAt);

    public static RouteGroupBuilder MapOrganisationsApi(this RouteGroupBuilder api)
    {
        var organisations = api.MapGroup("/organisations").WithTags("Organisations").RequireAuthorization(AccessPolicies.System);
        organisations.MapPost("/", CreateAsync).Accepts<OrganisationRequest>("application/json")
            .Documented("createOrganisation", "Create an organisation", "Creates a tenant with its default country and time zone (IANA, UTC when left out). System keys only.");
        organisations.MapPost("/{id:guid}/api-keys", CreateApiKeyAsync).Accepts<ApiKeyRequest>("application/json")
            .Documented("createApiKey", "Create an API key", "Creates an organisation key with a clearance and scopes (all scopes when left out). The key itself is shown in this answer only. System keys only.");
        return organisations;
    }

    private static async Task<Created<OrganisationCreated>> CreateAsync(HttpRequest request, OrganisationService service, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<OrganisationRequest>(ct);
        var organisation = await service.CreateAsync(body.Value, ct);
        return TypedResults.Created(
            $"/api/v1/organisations/{organisation.Id}",
            new OrganisationCreated(organisation.Id, organisation.Name, organisation.DefaultCountry, organisation.TimeZone, organisation.CreatedAt));
    }

    private static async Task<Created<CreatedApiKey>> CreateApiKeyAsync(Guid id, HttpRequest request, OrganisationService service, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<ApiKeyRequest>(ct);
        var key = await service.CreateApiKeyAsync(id, body.Value, ct);
        return TypedResults.Created($"/api/v1/organisations/{id}/api-keys/{key.Id}", key);
    }
}
