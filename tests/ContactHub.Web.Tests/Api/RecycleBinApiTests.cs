using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContactHub.Web.Tests.Api;

/// <summary>DELETE moves a contact to the recycle bin: hidden from every read, listed in the bin (within clearance), restorable.</summary>
public sealed class RecycleBinApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task DeletedContact_IsHiddenFromReadsListsSearchAndLinks_AndRestoreBringsItAllBack()
    {
        using var client = await factory.NewTenantAsync();
        var anna = (await client.CreateContactAsync(ApiClientExtensions.Person("Anna", "Zweifel"))).Id();
        var ben = (await client.CreateContactAsync(ApiClientExtensions.Person("Ben", "Muster"))).Id();
        await (await client.PostAsJsonAsync($"/api/v1/contacts/{ben}/relations", new { relatedContactId = anna, type = "spouse" })).JsonAsync(HttpStatusCode.Created);

        await (await client.SendAsync(HttpMethod.Delete, $"/api/v1/contacts/{anna}", null, "\"1\"")).JsonAsync(HttpStatusCode.NoContent);

        await (await client.GetAsync($"/api/v1/contacts/{anna}")).JsonAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(anna, await IdsAsync(client, "/api/v1/contacts"));
        Assert.DoesNotContain(anna, await IdsAsync(client, "/api/v1/contacts?q=Zweifel"));
        Assert.DoesNotContain(anna, await IdsAsync(client, "/api/v1/contacts?email=anna@example.com"));
        Assert.Equal(0, (await (await client.GetAsync($"/api/v1/contacts/{ben}")).JsonAsync(HttpStatusCode.OK)).GetProperty("relations").GetArrayLength());
        // Its history stays readable, with the deletion in it.
        var history = await (await client.GetAsync($"/api/v1/contacts/{anna}/history")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains("deletedAt", history.GetRawText(), StringComparison.Ordinal);

        var bin = await (await client.GetAsync("/api/v1/recycle-bin")).JsonAsync(HttpStatusCode.OK);
        var item = Assert.Single(bin.GetProperty("items").EnumerateArray());
        Assert.Equal(anna, item.Id());
        Assert.Equal("Anna Zweifel", item.GetProperty("displayName").GetString());
        Assert.Equal(item.GetProperty("deletedAt").GetDateTime().AddDays(30), item.GetProperty("purgedFrom").GetDateTime());

        var restored = await client.PostAsync($"/api/v1/contacts/{anna}/restore", null);
        Assert.Equal("Anna", (await restored.JsonAsync(HttpStatusCode.OK)).GetProperty("firstName").GetString());
        Assert.NotNull(restored.Headers.ETag);
        Assert.Contains(anna, await IdsAsync(client, "/api/v1/contacts?q=Zweifel"));
        Assert.Equal(1, (await (await client.GetAsync($"/api/v1/contacts/{ben}")).JsonAsync(HttpStatusCode.OK)).GetProperty("relations").GetArrayLength());
        Assert.Empty((await (await client.GetAsync("/api/v1/recycle-bin")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
        await (await client.PostAsync($"/api/v1/contacts/{anna}/restore", null)).JsonAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Restore_OfAContactWhoseUniqueValuesWereTakenMeanwhile_Is409_AndItStaysInTheBin()
    {
        using var client = await factory.NewTenantAsync();
        await (await client.PutAsJsonAsync("/api/v1/definition/uniqueness", new { persons = new[] { new[] { "email" } }, companies = Array.Empty<string[]>() })).JsonAsync(HttpStatusCode.OK);
        var first = (await client.CreateContactAsync(ApiClientExtensions.Person("Anna", "First"))).Id();
        await (await client.SendAsync(HttpMethod.Delete, $"/api/v1/contacts/{first}", null, "\"1\"")).JsonAsync(HttpStatusCode.NoContent);

        // The deleted contact no longer blocks its e-mail address.
        var second = (await client.CreateContactAsync(ApiClientExtensions.Person("Anna", "Second"))).Id();

        var problem = await (await client.PostAsync($"/api/v1/contacts/{first}/restore", null)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("https://contacthub.dev/problems/duplicate-contact", problem.GetProperty("type").GetString());
        Assert.Equal([second], problem.GetProperty("existingContactIds").EnumerateArray().Select(e => e.GetGuid()));
        Assert.Equal(first, (await (await client.GetAsync("/api/v1/recycle-bin")).JsonAsync(HttpStatusCode.OK)).GetProperty("items")[0].Id());
    }

    [Fact]
    public async Task Bin_AboveTheCallersClearance_IsNotListedNorRestorable()
    {
        var clients = await factory.NewTenantWithKeysAsync("CH", "free", "confidential");
        using var free = clients[0];
        using var confidential = clients[1];
        var secret = (await confidential.CreateContactAsync(new { kind = "person", lastName = "Secret", confidentiality = "confidential" })).Id();
        await (await confidential.SendAsync(HttpMethod.Delete, $"/api/v1/contacts/{secret}", null, "\"1\"")).JsonAsync(HttpStatusCode.NoContent);

        Assert.Empty((await (await free.GetAsync("/api/v1/recycle-bin")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
        await (await free.PostAsync($"/api/v1/contacts/{secret}/restore", null)).JsonAsync(HttpStatusCode.NotFound);
        await (await free.GetAsync($"/api/v1/contacts/{secret}/history")).JsonAsync(HttpStatusCode.NotFound);
        Assert.Single((await (await confidential.GetAsync("/api/v1/recycle-bin")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
        await (await confidential.GetAsync($"/api/v1/contacts/{secret}/history")).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Bin_PagesByCursor_NewestDeletionFirst_WithoutGapsOrRepeats()
    {
        using var client = await factory.NewTenantAsync();
        var deleted = new List<Guid>();
        foreach (var name in new[] { "One", "Two", "Three", "Four", "Five" })
        {
            var id = (await client.CreateContactAsync(new { kind = "person", lastName = name })).Id();
            await (await client.SendAsync(HttpMethod.Delete, $"/api/v1/contacts/{id}", null, "\"1\"")).JsonAsync(HttpStatusCode.NoContent);
            deleted.Insert(0, id);
        }

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await (await client.GetAsync($"/api/v1/recycle-bin?limit=2{(cursor is null ? string.Empty : "&cursor=" + cursor)}")).JsonAsync(HttpStatusCode.OK);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.Id()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(deleted, seen);
        Assert.Equal(["cursor"], (await (await client.GetAsync("/api/v1/recycle-bin?cursor=nonsense")).JsonAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
    }

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string url) =>
        [.. (await (await client.GetAsync(url)).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().Select(i => i.Id())];
}
