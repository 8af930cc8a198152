using System.Net;

namespace ContactHub.Web.Tests.Api;

/// <summary>The filters of GET /contacts that came with issue 21: blocked, e-mail, phone, country and the time ranges.</summary>
public sealed class ContactListFiltersApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task BlockedEmailPhoneAndCountry_SelectTheirContacts()
    {
        using var client = await factory.NewTenantAsync();
        var blocked = (await client.CreateContactAsync(new { kind = "person", lastName = "Blocked", blocked = true, blockedReason = "Fraud" })).Id();
        var mailed = (await client.CreateContactAsync(new
        {
            kind = "person", lastName = "Mailed", countryOfResidence = "DE", emails = new[] { new { type = "work", address = "mailed@example.com" } },
        })).Id();
        var phoned = (await client.CreateContactAsync(new
        {
            kind = "company", companyName = "Phoned AG", phones = new[] { new { type = "work", number = "+41 44 123 45 67" } },
            addresses = new[] { new { type = "work", city = "Paris", country = "FR" } },
        })).Id();

        Assert.Equal([blocked, mailed, phoned], await IdsAsync(client, string.Empty));
        Assert.Equal([blocked], await IdsAsync(client, "blocked=true"));
        Assert.Equal([mailed, phoned], await IdsAsync(client, "blocked=false"));
        Assert.Equal([mailed], await IdsAsync(client, "hasEmail=true"));
        Assert.Equal([blocked, phoned], await IdsAsync(client, "hasEmail=false"));
        Assert.Equal([phoned], await IdsAsync(client, "hasPhone=true"));
        Assert.Equal([blocked, mailed], await IdsAsync(client, "hasPhone=false"));
        Assert.Equal([mailed], await IdsAsync(client, "country=de"));
        Assert.Equal([phoned], await IdsAsync(client, "country=FR"));
        Assert.Empty(await IdsAsync(client, "country=FR&hasPhone=false"));
    }

    [Fact]
    public async Task CreatedAndUpdatedRanges_IncludeTheirStart_AndExcludeTheirEnd()
    {
        using var client = await factory.NewTenantAsync();
        var first = await client.CreateContactAsync(ApiClientExtensions.Person("First", "Ranged"));
        var second = await client.CreateContactAsync(ApiClientExtensions.Person("Second", "Ranged"));
        var secondCreated = Uri.EscapeDataString(second.GetProperty("createdAt").GetString()!);

        Assert.Equal([second.Id()], await IdsAsync(client, $"createdFrom={secondCreated}"));
        Assert.Equal([first.Id()], await IdsAsync(client, $"createdTo={secondCreated}"));
        var day = first.GetProperty("createdAt").GetDateTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([first.Id(), second.Id()], await IdsAsync(client, $"createdFrom={day}"));
        Assert.Empty(await IdsAsync(client, $"createdTo={day}"));

        var changed = await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{first.Id()}", new { notes = "Called back." }, "\"1\"")).JsonAsync(HttpStatusCode.OK);
        var firstUpdated = Uri.EscapeDataString(changed.GetProperty("updatedAt").GetString()!);
        Assert.Equal([first.Id()], await IdsAsync(client, $"updatedFrom={firstUpdated}"));
        Assert.Equal([second.Id()], await IdsAsync(client, $"updatedTo={firstUpdated}"));
    }

    [Theory]
    [InlineData("blocked=maybe", "blocked")]
    [InlineData("hasEmail=1", "hasEmail")]
    [InlineData("hasPhone=yes", "hasPhone")]
    [InlineData("country=XX", "country")]
    [InlineData("country=Germany", "country")]
    [InlineData("createdFrom=yesterday", "createdFrom")]
    [InlineData("createdTo=2026-02-30", "createdTo")]
    [InlineData("updatedFrom=2026-01-01T10:00:00+01:00", "updatedFrom")] // an unencoded "+" arrives as a space
    [InlineData("updatedTo=31.01.2026", "updatedTo")]
    [InlineData("createdFrom=2026-02-01&createdTo=2026-01-01", "createdTo")]
    [InlineData("updatedFrom=2026-01-31T23:30:00-01:00&updatedTo=2026-02-01T00:00:00Z", "updatedTo")] // compared as instants, not as text
    [InlineData("limit=many", "limit")]
    public async Task AMalformedFilter_IsAFieldErrorNamingIt(string query, string field)
    {
        using var client = await factory.NewTenantAsync();
        var problem = await (await client.GetAsync($"/api/v1/contacts?{query}")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal([field], problem.ErrorFields());
    }

    private static async Task<Guid[]> IdsAsync(HttpClient client, string query)
    {
        var page = await (await client.GetAsync($"/api/v1/contacts?{query}")).JsonAsync(HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.Id())];
    }
}
