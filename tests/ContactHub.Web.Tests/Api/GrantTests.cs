using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace ContactHub.Web.Tests.Api;

/// <summary>
/// No one grants more than they hold, on the API: keys are created on the organisation-level endpoints, which only
/// system keys reach (they stand above the organisations and grant any level); an organisation's own key, whatever
/// its clearance, cannot create a key at all — not even for its own organisation.
/// </summary>
public sealed class GrantTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task OrganisationKey_CannotCreateKeys_TheSystemKeyGrantsAnyLevel()
    {
        using var system = factory.SystemClient();
        var organisation = (await (await system.PostAsJsonAsync("/api/v1/organisations", new { name = "Grants " + Guid.NewGuid() })).JsonAsync(HttpStatusCode.Created)).Id();
        var confidential = await (await system.PostAsJsonAsync($"/api/v1/organisations/{organisation}/api-keys", new { name = "full", clearance = "confidential", maySeeIdentityDocuments = true }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(("confidential", true), (confidential.GetProperty("clearance").GetString(), confidential.GetProperty("maySeeIdentityDocuments").GetBoolean()));
        var free = await (await system.PostAsJsonAsync($"/api/v1/organisations/{organisation}/api-keys", new { name = "free", clearance = "free" })).JsonAsync(HttpStatusCode.Created);

        foreach (var secret in new[] { free.GetProperty("key").GetString(), confidential.GetProperty("key").GetString() })
        {
            using var own = factory.CreateClient();
            own.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            var response = await own.PostAsJsonAsync($"/api/v1/organisations/{organisation}/api-keys", new { name = "escalated", clearance = "confidential", maySeeIdentityDocuments = true });
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }
}
