using System.Net;
using System.Net.Http.Json;

namespace ContactHub.Web.Tests.Api;

/// <summary>Status Draft vs Complete and the life-cycle filter: computed from the data, returned and filterable, never set.</summary>
public sealed class ContactStatusTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ContactPerson_IsDraft_UntilLinkedToACompany()
    {
        using var client = await factory.NewTenantAsync();
        var company = await client.CreateContactAsync(new { kind = "company", companyName = "Acme" });
        var person = await client.CreateContactAsync(ApiClientExtensions.Person("Anna", "Muster"));
        Assert.Equal("complete", company.GetProperty("status").GetString());
        Assert.Equal("draft", person.GetProperty("status").GetString());

        await (await client.PostAsJsonAsync($"/api/v1/contacts/{person.Id()}/companies", new { companyId = company.Id(), role = "Buyer" })).JsonAsync(HttpStatusCode.Created);
        var linked = await (await client.GetAsync($"/api/v1/contacts/{person.Id()}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("complete", linked.GetProperty("status").GetString());

        var drafts = await (await client.GetAsync("/api/v1/contacts?status=draft")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, drafts.GetProperty("items").GetArrayLength());
        var complete = await (await client.GetAsync("/api/v1/contacts?status=complete")).JsonAsync(HttpStatusCode.OK);
        Assert.All(complete.GetProperty("items").EnumerateArray(), i => Assert.Equal("complete", i.GetProperty("status").GetString()));
        Assert.Equal(2, complete.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task ChangingTheCompletenessRule_ChangesEveryStatus_AndCountsTheDrafts()
    {
        using var client = await factory.NewTenantAsync();
        var company = await client.CreateContactAsync(new { kind = "company", companyName = "Acme" });
        var view = await (await client.PutAsJsonAsync("/api/v1/definition/completeness", new { persons = new[] { "lastName" }, companies = new[] { "companyName", "vatNumber" } }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, view.GetProperty("draftContacts").GetInt32());

        var list = await (await client.GetAsync("/api/v1/contacts?status=draft")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([company.Id()], list.GetProperty("items").EnumerateArray().Select(i => i.Id()));
        await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{company.Id()}", new { vatNumber = "CHE-123.456.789" }, "\"1\"")).JsonAsync(HttpStatusCode.OK);
        var done = await (await client.GetAsync($"/api/v1/contacts/{company.Id()}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("complete", done.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Status_CannotBeSetByHand_AndBadFiltersAreNamed()
    {
        using var client = await factory.NewTenantAsync();
        var problem = await (await client.PostAsJsonAsync("/api/v1/contacts", new { kind = "person", lastName = "X", status = "complete" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["status"], problem.ErrorFields());
        var filter = await (await client.GetAsync("/api/v1/contacts?status=finished")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["status"], filter.ErrorFields());
        var rule = await (await client.PutAsJsonAsync("/api/v1/definition/completeness", new { persons = new[] { "nickname" }, companies = Array.Empty<string>() })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["persons"], rule.ErrorFields());
    }

    [Fact]
    public async Task LifeCycle_IsFilterable()
    {
        using var client = await factory.NewTenantAsync();
        var customer = (await client.CreateContactAsync(new { kind = "person", lastName = "Customer", accountReference = "AR-1" })).Id();
        var lead = (await client.CreateContactAsync(new { kind = "person", lastName = "Lead" })).Id();

        var financial = await (await client.GetAsync("/api/v1/contacts?lifeCycle=financial")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([customer], financial.GetProperty("items").EnumerateArray().Select(i => i.Id()));
        var marketing = await (await client.GetAsync("/api/v1/contacts?lifeCycle=marketing")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([lead], marketing.GetProperty("items").EnumerateArray().Select(i => i.Id()));
    }
}
