using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace ContactHub.Web.Tests.Api;

public sealed class TenancyAndAccessTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task AnotherOrganisationsContact_IsNotFound_ForEveryOperation()
    {
        using var mine = await factory.NewTenantAsync();
        using var theirs = await factory.NewTenantAsync();
        var contact = await theirs.CreateContactAsync(ApiClientExtensions.Person());
        var id = contact.Id();
        var email = contact.GetProperty("emails")[0].Id();

        await (await mine.GetAsync($"/api/v1/contacts/{id}")).JsonAsync(HttpStatusCode.NotFound);
        await (await mine.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{id}", new { firstName = "X" }, "\"1\"")).JsonAsync(HttpStatusCode.NotFound);
        await (await mine.SendAsync(HttpMethod.Delete, $"/api/v1/contacts/{id}", null, "\"1\"")).JsonAsync(HttpStatusCode.NotFound);
        await (await mine.PostAsync($"/api/v1/contacts/{id}/emails/{email}/deactivate", null)).JsonAsync(HttpStatusCode.NotFound);
        await (await mine.GetAsync($"/api/v1/contacts/{id}/history")).JsonAsync(HttpStatusCode.NotFound);
        var list = await (await mine.GetAsync("/api/v1/contacts")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());

        // Linking to a foreign contact reads as "no such contact", never as a way to probe it.
        var own = (await mine.CreateContactAsync(ApiClientExtensions.Person())).Id();
        await (await mine.PostAsJsonAsync($"/api/v1/contacts/{own}/relations", new { relatedContactId = id, type = "friend" })).JsonAsync(HttpStatusCode.UnprocessableEntity);

        var untouched = await (await theirs.GetAsync($"/api/v1/contacts/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, untouched.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task NoKey_Is401_UnknownKey_Is401()
    {
        using var anonymous = factory.CreateClient();
        var response = await anonymous.GetAsync("/api/v1/contacts");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "chk_unknown");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/contacts")).StatusCode);
    }

    [Fact]
    public async Task OrganisationKey_CannotManageOrganisations_SystemKeyCannotReadContacts()
    {
        using var tenant = await factory.NewTenantAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await tenant.PostAsJsonAsync("/api/v1/organisations", new { name = "Sneaky" })).StatusCode);
        using var system = factory.SystemClient();
        Assert.Equal(HttpStatusCode.Forbidden, (await system.GetAsync("/api/v1/contacts")).StatusCode);
    }

    [Fact]
    public async Task CreateOrganisation_ValidatesAndReturnsId_ApiKeyIsShownOnce()
    {
        using var system = factory.SystemClient();
        var bad = await (await system.PostAsJsonAsync("/api/v1/organisations", new { name = "", defaultCountry = "QQ" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["defaultCountry", "name"], bad.ErrorFields().Order(StringComparer.Ordinal));

        var created = await system.PostAsJsonAsync("/api/v1/organisations", new { name = "Acme", defaultCountry = "DE" });
        var organisation = await created.JsonAsync(HttpStatusCode.Created);
        var key = await (await system.PostAsJsonAsync($"/api/v1/organisations/{organisation.Id()}/api-keys", new { name = "crm" })).JsonAsync(HttpStatusCode.Created);
        Assert.StartsWith("chk_", key.GetProperty("key").GetString());
        await (await system.PostAsJsonAsync($"/api/v1/organisations/{Guid.NewGuid()}/api-keys", new { name = "crm" })).JsonAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task HealthAndOpenApi_AreServed()
    {
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        var openApi = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/contacts/{id}", openApi, StringComparison.Ordinal);
        var home = await client.GetStringAsync("/");
        Assert.Contains("ContactHub", home, StringComparison.Ordinal);
    }
}
