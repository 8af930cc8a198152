using System.Net;
using System.Net.Http.Json;

namespace ContactHub.Web.Tests.Api;

public sealed class IdempotencyAndHistoryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task SameKeySameBody_ReplaysTheFirstResponse_OtherBodyIs422()
    {
        using var client = await factory.NewTenantAsync();
        var key = Guid.NewGuid().ToString();

        var first = await PostAsync(client, key, ApiClientExtensions.Person("Anna"));
        var created = await first.JsonAsync(HttpStatusCode.Created);
        var again = await PostAsync(client, key, ApiClientExtensions.Person("Anna"));
        var replayed = await again.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(created.Id(), replayed.Id());
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.True(again.Headers.Contains("Idempotent-Replayed"));

        var problem = await (await PostAsync(client, key, ApiClientExtensions.Person("Other"))).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.EndsWith("idempotency-key-reused", problem.GetProperty("type").GetString());

        var list = await (await client.GetAsync("/api/v1/contacts")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, list.GetProperty("items").GetArrayLength());
    }

    // Idempotency keys are per API key: another key's request with the same key and body is its own request, never a
    // replay of what the first key was answered (which may be a contact above the second key's clearance).
    [Fact]
    public async Task SameKeyFromAnotherApiKey_IsNotAReplay()
    {
        var clients = await factory.NewTenantWithKeysAsync("CH", "confidential", "free", "free");
        using var confidential = clients[0];
        using var free = clients[1];
        using var otherFree = clients[2];
        var key = Guid.NewGuid().ToString();
        var secret = new { kind = "person", lastName = "Secret", confidentiality = "confidential" };
        var hidden = (await (await PostAsync(confidential, key, secret)).JsonAsync(HttpStatusCode.Created)).Id();

        var stolen = await PostAsync(free, key, secret);
        Assert.False(stolen.Headers.Contains("Idempotent-Replayed"));
        Assert.DoesNotContain(hidden.ToString(), await stolen.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        var open = ApiClientExtensions.Person("Olga");
        var mine = (await (await PostAsync(free, key + "-open", open)).JsonAsync(HttpStatusCode.Created)).Id();
        var other = await PostAsync(otherFree, key + "-open", open);
        Assert.False(other.Headers.Contains("Idempotent-Replayed"));
        Assert.NotEqual(mine, (await other.JsonAsync(HttpStatusCode.Created)).Id());
        // The first key's own retry is still a replay.
        var retry = await PostAsync(free, key + "-open", open);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(mine, (await retry.JsonAsync(HttpStatusCode.Created)).Id());
    }

    [Fact]
    public async Task FailedRequest_DoesNotBurnTheKey()
    {
        using var client = await factory.NewTenantAsync();
        var key = Guid.NewGuid().ToString();
        await (await PostAsync(client, key, new { kind = "person" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        await (await PostAsync(client, key, new { kind = "person" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        await (await PostAsync(client, key, ApiClientExtensions.Person())).JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task History_RecordsEachFieldChange_WithActorAndSource_InATimeFrame()
    {
        using var client = await factory.NewTenantAsync();
        var contact = await client.CreateContactAsync(ApiClientExtensions.Person("Anna", "Muster"));
        var id = contact.Id();
        var afterCreate = DateTime.UtcNow;
        await Task.Delay(20);
        await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{id}", new { lastName = "Meier" }, "\"1\"")).JsonAsync(HttpStatusCode.OK);
        await (await client.PostAsync($"/api/v1/contacts/{id}/emails/{contact.GetProperty("emails")[0].Id()}/deactivate", null)).JsonAsync(HttpStatusCode.OK);

        var all = await (await client.GetAsync($"/api/v1/contacts/{id}/history")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(4, all.GetArrayLength()); // contact created, e-mail created, name changed, e-mail deactivated

        var recent = await (await client.GetAsync($"/api/v1/contacts/{id}/history?from={afterCreate:O}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, recent.GetArrayLength());
        var nameChange = recent.EnumerateArray().Single(e => e.GetProperty("entityType").GetString() == "contact");
        var field = nameChange.GetProperty("changes").EnumerateArray().Single();
        Assert.Equal("lastName", field.GetProperty("field").GetString());
        Assert.Equal("Muster", field.GetProperty("old").GetString());
        Assert.Equal("Meier", field.GetProperty("new").GetString());
        Assert.Equal("apiKey", nameChange.GetProperty("actorKind").GetString());
        Assert.Equal("api", nameChange.GetProperty("source").GetString());
        var deactivation = recent.EnumerateArray().Single(e => e.GetProperty("entityType").GetString() == "email");
        Assert.Equal("isActive", deactivation.GetProperty("changes")[0].GetProperty("field").GetString());

        await (await client.GetAsync($"/api/v1/contacts/{id}/history?from=2030-01-01&to=2020-01-01")).JsonAsync(HttpStatusCode.UnprocessableEntity);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/contacts") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}
