using System.Net;
using System.Net.Http.Json;

namespace ContactHub.Web.Tests.Api;

/// <summary>Confidentiality, validity, the name rule and the life cycle (issue 3, first part).</summary>
public sealed class DefinitionRulesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ConfidentialContact_DoesNotExist_ForALowerClearance_AndNothingLeaks()
    {
        var clients = await factory.NewTenantWithKeysAsync("CH", "free", "confidential");
        using var free = clients[0];
        using var confidential = clients[1];
        var visible = (await confidential.CreateContactAsync(ApiClientExtensions.Person("Open"))).Id();
        var secret = (await confidential.CreateContactAsync(new { kind = "person", lastName = "Secret", confidentiality = "confidential" })).Id();
        await (await confidential.PostAsJsonAsync($"/api/v1/contacts/{secret}/relations", new { relatedContactId = visible, type = "friend" })).JsonAsync(HttpStatusCode.Created);
        await (await confidential.PostAsJsonAsync($"/api/v1/contacts/{visible}/relations", new { relatedContactId = secret, type = "friend" })).JsonAsync(HttpStatusCode.Created);

        await (await free.GetAsync($"/api/v1/contacts/{secret}")).JsonAsync(HttpStatusCode.NotFound);
        await (await free.GetAsync($"/api/v1/contacts/{secret}/history")).JsonAsync(HttpStatusCode.NotFound);
        await (await free.GetAsync($"/api/v1/contacts/{secret}/consents")).JsonAsync(HttpStatusCode.NotFound);
        await (await free.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{secret}", new { notes = "x" }, "\"1\"")).JsonAsync(HttpStatusCode.NotFound);
        var list = await (await free.GetAsync("/api/v1/contacts?limit=200")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([visible], list.GetProperty("items").EnumerateArray().Select(i => i.Id()));
        var byName = await (await free.GetAsync("/api/v1/contacts?name=secret")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, byName.GetProperty("items").GetArrayLength());
        var batch = await (await free.PostAsJsonAsync("/api/v1/reachability/batch", new { notificationType = "invoice" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, batch.GetProperty("decisions").GetArrayLength());

        // The visible contact shows neither its outward nor its inward link to the hidden one.
        var open = await (await free.GetAsync($"/api/v1/contacts/{visible}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, open.GetProperty("relations").GetArrayLength());
        Assert.Equal(0, open.GetProperty("inwardRelations").GetArrayLength());
        var seen = await (await confidential.GetAsync($"/api/v1/contacts/{visible}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, seen.GetProperty("inwardRelations").GetArrayLength());
    }

    [Fact]
    public async Task RaisingAContactAboveYourClearance_IsRefused()
    {
        using var free = await factory.NewTenantAsync();
        var problem = await (await free.PostAsJsonAsync("/api/v1/contacts", new { kind = "person", lastName = "X", confidentiality = "restricted" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("confidentiality", problem.ErrorFields());
    }

    [Fact]
    public async Task InvalidContacts_AreLeftOutOfLists_UnlessAskedFor()
    {
        using var client = await factory.NewTenantAsync();
        var expired = (await client.CreateContactAsync(new { kind = "person", lastName = "Expired", validUntil = "2020-01-01" })).Id();
        var current = (await client.CreateContactAsync(new { kind = "person", lastName = "Current", validUntil = "2999-01-01" })).Id();

        var list = await (await client.GetAsync("/api/v1/contacts")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([current], list.GetProperty("items").EnumerateArray().Select(i => i.Id()));
        var all = await (await client.GetAsync("/api/v1/contacts?includeInvalid=true")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(all.GetProperty("items").EnumerateArray(), i => i.Id() == expired && i.GetProperty("invalid").GetBoolean());

        // Revalidation: a new end date brings it back.
        await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{expired}", new { validUntil = (string?)null }, "\"1\"")).JsonAsync(HttpStatusCode.OK);
        var back = await (await client.GetAsync("/api/v1/contacts")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, back.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Blocking_NeedsAReason_AndIsFlagged()
    {
        using var client = await factory.NewTenantAsync();
        var id = (await client.CreateContactAsync(ApiClientExtensions.Person())).Id();
        await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{id}", new { blocked = true }, "\"1\"")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{id}", new { blocked = true, blockedReason = "Fraud suspected" }, "\"1\"")).JsonAsync(HttpStatusCode.OK);
        var list = await (await client.GetAsync("/api/v1/contacts")).JsonAsync(HttpStatusCode.OK);
        Assert.True(list.GetProperty("items")[0].GetProperty("blocked").GetBoolean());
    }

    [Fact]
    public async Task NameRule_OrdersNamesEverywhere()
    {
        using var client = await factory.NewTenantAsync();
        var id = (await client.CreateContactAsync(new { kind = "person", firstName = "Anna", middleName = "Maria", lastName = "Muster" })).Id();
        await (await client.PutAsJsonAsync("/api/v1/definition/name-rule", new { order = "lastFirstMiddle" })).JsonAsync(HttpStatusCode.OK);

        var contact = await (await client.GetAsync($"/api/v1/contacts/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Muster, Anna Maria", contact.GetProperty("displayName").GetString());
        var list = await (await client.GetAsync("/api/v1/contacts")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Muster, Anna Maria", list.GetProperty("items")[0].GetProperty("displayName").GetString());
        await (await client.PutAsJsonAsync("/api/v1/definition/name-rule", new { order = "sideways" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task LifeCycle_IsFinancialOnceAnAccountIsLinked()
    {
        using var client = await factory.NewTenantAsync();
        var lead = await client.CreateContactAsync(ApiClientExtensions.Person());
        Assert.Equal("marketing", lead.GetProperty("lifeCycle").GetString());
        var customer = await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{lead.Id()}", new { accountReference = "AR-1001" }, "\"1\"")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("financial", customer.GetProperty("lifeCycle").GetString());
        var history = await (await client.GetAsync($"/api/v1/contacts/{lead.Id()}/history")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(history[0].GetProperty("changes").EnumerateArray(), c => c.GetProperty("field").GetString() == "accountReference");
    }
}
