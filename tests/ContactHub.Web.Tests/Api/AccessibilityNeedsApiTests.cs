using System.Net;
using System.Net.Http.Json;

namespace ContactHub.Web.Tests.Api;

/// <summary>Seed 002: accessibility needs are a managed list; persons hold them, lists filter by them.</summary>
public sealed class AccessibilityNeedsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Needs_AreChosenFromTheList_ReturnedAndFilterable()
    {
        using var client = await factory.NewTenantAsync();
        var list = await (await client.GetAsync("/api/v1/definition/lists/accessibility-needs")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains("wheelchair-space", list.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("key").GetString()));

        var seated = await client.CreateContactAsync(new { kind = "person", lastName = "Seated", accessibilityNeeds = new[] { "Wheelchair-Space", "companion-seat" } });
        Assert.Equal(["companion-seat", "wheelchair-space"], seated.GetProperty("accessibilityNeeds").EnumerateArray().Select(e => e.GetString()));
        await client.CreateContactAsync(new { kind = "person", lastName = "Walking" });

        var filtered = await (await client.GetAsync("/api/v1/contacts?accessibilityNeed=wheelchair-space")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([seated.Id()], filtered.GetProperty("items").EnumerateArray().Select(i => i.Id()));

        var history = await (await client.GetAsync($"/api/v1/contacts/{seated.Id()}/history")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains("accessibilityNeed", history.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownNeeds_AndNeedsOfACompany_AreRefused()
    {
        using var client = await factory.NewTenantAsync();
        var unknown = await (await client.PostAsJsonAsync("/api/v1/contacts", new { kind = "person", lastName = "X", accessibilityNeeds = new[] { "jetpack" } }))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["accessibilityNeeds"], unknown.ErrorFields());

        var company = await (await client.PostAsJsonAsync("/api/v1/contacts", new { kind = "company", companyName = "Y AG", accessibilityNeeds = new[] { "row-end" } }))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["accessibilityNeeds"], company.ErrorFields());
    }

    [Fact]
    public async Task ARemovedNeed_IsArchived_ContactsKeepIt()
    {
        using var client = await factory.NewTenantAsync();
        var id = (await client.CreateContactAsync(new { kind = "person", lastName = "Kept", accessibilityNeeds = new[] { "near-stage" } })).Id();

        var replaced = await client.PutAsJsonAsync("/api/v1/definition/lists/accessibility-needs", new { entries = new[] { new { key = "row-end", name = "Seat at the end of a row" } } });
        await replaced.JsonAsync(HttpStatusCode.OK);

        var kept = await (await client.GetAsync($"/api/v1/contacts/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["near-stage"], kept.GetProperty("accessibilityNeeds").EnumerateArray().Select(e => e.GetString()));
        var refused = await (await client.PostAsJsonAsync("/api/v1/contacts", new { kind = "person", lastName = "New", accessibilityNeeds = new[] { "near-stage" } }))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["accessibilityNeeds"], refused.ErrorFields());
    }
}
