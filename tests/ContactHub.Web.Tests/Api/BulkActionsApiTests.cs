using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ContactHub.Web.Tests.Api;

/// <summary>
/// POST /api/v1/contacts/bulk-actions (issue 20, part 4): each action on a selection (done at once) and on the whole
/// filtered result (over the inline limit: a background run), audited per contact, within the requester's clearance
/// and organisation.
/// </summary>
public sealed class BulkActionsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const int OverInlineLimit = 55;

    [Fact]
    public async Task AddCategory_OnASelection_IsDoneAtOnce_AndAuditedPerContact()
    {
        using var client = await factory.NewTenantAsync();
        var anna = await client.CreateContactAsync(new { kind = "person", lastName = "Anna" });
        var bert = (await client.CreateContactAsync(new { kind = "person", lastName = "Bert", categories = new[] { "VIP" } })).Id();
        var carl = (await client.CreateContactAsync(new { kind = "person", lastName = "Carl" })).Id();

        var result = await (await client.PostAsJsonAsync("/api/v1/contacts/bulk-actions", new { action = "addCategory", category = "vip", ids = new[] { anna.Id(), bert } }))
            .JsonAsync(HttpStatusCode.OK);

        Assert.Equal(2, result.GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("run").ValueKind);
        var done = result.GetProperty("result");
        Assert.Equal((2L, 1L, 0L), (done.GetProperty("scanned").GetInt64(), done.GetProperty("changed").GetInt64(), done.GetProperty("failed").GetInt64()));
        Assert.Equal(1, done.GetProperty("report").GetProperty("counts").GetProperty("unchanged").GetInt64());
        Assert.Equal(["VIP"], await CategoriesOfAsync(client, anna.Id()));
        Assert.Equal(["VIP"], await CategoriesOfAsync(client, bert));
        Assert.Empty(await CategoriesOfAsync(client, carl));

        var changed = await (await client.GetAsync($"/api/v1/contacts/{anna.Id()}")).JsonAsync(HttpStatusCode.OK);
        Assert.True(changed.GetProperty("version").GetInt64() > anna.GetProperty("version").GetInt64());
        var entry = await CategoryEntryAsync(client, anna.Id(), "created");
        Assert.Equal(("api", "apiKey"), (entry.GetProperty("source").GetString(), entry.GetProperty("actorKind").GetString()));
    }

    [Fact]
    public async Task RemoveCategory_OnTheFilteredResult_OverTheInlineLimit_RunsInTheBackground_AndAuditsEachContact()
    {
        using var client = await factory.NewTenantAsync();
        await ImportAsync(client, Enumerable.Range(0, OverInlineLimit).Select(i => new { kind = "person", lastName = $"Press {i:D3}", categories = new[] { "Press", "Donor" } }));
        var other = (await client.CreateContactAsync(new { kind = "person", lastName = "Other", categories = new[] { "Donor" } })).Id();
        var namedOtherwise = (await client.CreateContactAsync(new { kind = "person", lastName = "Unnamed", categories = new[] { "Press" } })).Id();

        // The quick search too is read again inside the run: "Unnamed" is in the category but not found by "Press".
        var started = await client.PostAsJsonAsync("/api/v1/contacts/bulk-actions", new { action = "removeCategory", category = "Press", filter = new { category = "Press", q = "Press" } });
        var body = await started.JsonAsync(HttpStatusCode.Accepted);

        Assert.Equal(OverInlineLimit, body.GetProperty("count").GetInt32());
        var runId = body.GetProperty("run").Id();
        Assert.Equal($"/api/v1/runs/{runId}", started.Headers.Location?.OriginalString);
        var run = await client.WaitForRunAsync(runId);
        Assert.Equal(("succeeded", OverInlineLimit, OverInlineLimit, 0), (run.GetProperty("status").GetString(), (int)run.GetProperty("contactsScanned").GetInt64(),
            (int)run.GetProperty("contactsChanged").GetInt64(), (int)run.GetProperty("contactsFailed").GetInt64()));
        Assert.Equal(OverInlineLimit, run.GetProperty("result").GetProperty("counts").GetProperty("changed").GetInt64());
        Assert.Equal(("contacts-bulk-action", "removeCategory", "filter"), (run.GetProperty("kind").GetString(),
            run.GetProperty("parameters").GetProperty("action").GetString(), run.GetProperty("parameters").GetProperty("target").GetString()));

        var left = await (await client.GetAsync("/api/v1/contacts?category=Press")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([namedOtherwise], left.GetProperty("items").EnumerateArray().Select(c => c.Id()));
        var donors = await (await client.GetAsync("/api/v1/contacts?category=Donor&limit=200")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(OverInlineLimit + 1, donors.GetProperty("items").GetArrayLength());
        foreach (var id in donors.GetProperty("items").EnumerateArray().Select(c => c.Id()).Where(id => id != other).Take(3))
        {
            Assert.Equal($"run:{runId}", (await CategoryEntryAsync(client, id, "deleted")).GetProperty("source").GetString());
        }
    }

    [Fact]
    public async Task Delete_OnASelection_MovesTheContactsToTheRecycleBin()
    {
        using var client = await factory.NewTenantAsync();
        var first = (await client.CreateContactAsync(new { kind = "person", lastName = "First" })).Id();
        var second = (await client.CreateContactAsync(new { kind = "company", companyName = "Second AG" })).Id();
        var kept = (await client.CreateContactAsync(new { kind = "person", lastName = "Kept" })).Id();

        var result = await (await client.PostAsJsonAsync("/api/v1/contacts/bulk-actions", new { action = "delete", ids = new[] { first, second } })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(2, result.GetProperty("result").GetProperty("changed").GetInt64());
        await (await client.GetAsync($"/api/v1/contacts/{first}")).JsonAsync(HttpStatusCode.NotFound);
        var bin = await (await client.GetAsync("/api/v1/recycle-bin")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(new[] { first, second }.Order(), bin.GetProperty("items").EnumerateArray().Select(c => c.Id()).Order());
        await (await client.GetAsync($"/api/v1/contacts/{kept}")).JsonAsync(HttpStatusCode.OK);
        var history = await (await client.GetAsync($"/api/v1/contacts/{first}/history")).JsonAsync(HttpStatusCode.OK);
        var deletion = history.EnumerateArray().Single(e => e.GetProperty("changes").EnumerateArray().Any(c => c.GetProperty("field").GetString() == "deletedAt"));
        Assert.Equal("api", deletion.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Delete_OnTheFilteredResult_AsARun_LeavesContactsOutsideTheFilter()
    {
        using var client = await factory.NewTenantAsync();
        await ImportAsync(client, Enumerable.Range(0, OverInlineLimit).Select(i => new { kind = "company", companyName = $"Gone {i:D3} AG" }));
        var person = (await client.CreateContactAsync(new { kind = "person", lastName = "Stays" })).Id();

        var body = await (await client.PostAsJsonAsync("/api/v1/contacts/bulk-actions", new { action = "delete", filter = new { kind = "company" } })).JsonAsync(HttpStatusCode.Accepted);
        var run = await client.WaitForRunAsync(body.GetProperty("run").Id());

        Assert.Equal(OverInlineLimit, run.GetProperty("contactsChanged").GetInt64());
        var list = await (await client.GetAsync("/api/v1/contacts")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([person], list.GetProperty("items").EnumerateArray().Select(c => c.Id()));
        var bin = await (await client.GetAsync("/api/v1/recycle-bin?limit=200")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(OverInlineLimit, bin.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task CheckReachability_CountsOutcomes_AndChangesNothing()
    {
        using var client = await factory.NewTenantAsync();
        var mail = await client.CreateContactAsync(new { kind = "person", lastName = "Mail", emails = new[] { new { type = "work", address = "mail@example.com" } } });
        var none = await client.CreateContactAsync(new { kind = "person", lastName = "Nothing", allowedChannels = new[] { "email" } });

        var result = await (await client.PostAsJsonAsync("/api/v1/contacts/bulk-actions", new { action = "checkReachability", notificationType = "service-notice", filter = new { kind = "person" } }))
            .JsonAsync(HttpStatusCode.OK);

        var done = result.GetProperty("result");
        Assert.Equal((2L, 0L), (done.GetProperty("scanned").GetInt64(), done.GetProperty("changed").GetInt64()));
        var counts = done.GetProperty("report").GetProperty("counts");
        Assert.Equal(1, counts.GetProperty("reachable").GetInt64());
        Assert.Equal(1, counts.GetProperty("notReachable").GetInt64());
        Assert.Equal(1, counts.GetProperty("reason:noActiveEmail").GetInt64());
        foreach (var contact in new[] { mail, none })
        {
            var now = await (await client.GetAsync($"/api/v1/contacts/{contact.Id()}")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(contact.GetProperty("version").GetInt64(), now.GetProperty("version").GetInt64());
        }
    }

    [Fact]
    public async Task Run_OfALowerClearance_NeitherTouchesNorCountsAContactAboveIt_EvenInTheFilterOrSelection()
    {
        var clients = await factory.NewTenantWithKeysAsync("CH", "free", "confidential");
        using var free = clients[0];
        using var confidential = clients[1];
        await ImportAsync(free, Enumerable.Range(0, OverInlineLimit).Select(i => new { kind = "person", lastName = $"Free {i:D3}" }));
        var secret = (await confidential.CreateContactAsync(new { kind = "person", lastName = "Secret", confidentiality = "confidential" })).Id();

        var body = await (await free.PostAsJsonAsync("/api/v1/contacts/bulk-actions", new { action = "addCategory", category = "VIP", filter = new { kind = "person" } }))
            .JsonAsync(HttpStatusCode.Accepted);
        Assert.Equal(OverInlineLimit, body.GetProperty("count").GetInt32());
        var run = await free.WaitForRunAsync(body.GetProperty("run").Id());
        Assert.Equal((OverInlineLimit, OverInlineLimit), ((int)run.GetProperty("contactsScanned").GetInt64(), (int)run.GetProperty("contactsChanged").GetInt64()));
        Assert.Empty(await CategoriesOfAsync(confidential, secret));

        // Named in a selection, it is not there for the Free key either.
        var selected = await (await free.PostAsJsonAsync("/api/v1/contacts/bulk-actions", new { action = "delete", ids = new[] { secret } })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, selected.GetProperty("count").GetInt32());
        await (await confidential.GetAsync($"/api/v1/contacts/{secret}")).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Selection_OfAnotherOrganisationsContacts_ChangesNothing()
    {
        using var client = await factory.NewTenantAsync();
        using var other = await factory.NewTenantAsync();
        var theirs = (await other.CreateContactAsync(new { kind = "person", lastName = "Theirs" })).Id();

        var result = await (await client.PostAsJsonAsync("/api/v1/contacts/bulk-actions", new { action = "addCategory", category = "VIP", ids = new[] { theirs } })).JsonAsync(HttpStatusCode.OK);
        var filtered = await (await client.PostAsJsonAsync("/api/v1/contacts/bulk-actions", new { action = "delete", filter = new { } })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal((0, 0), (result.GetProperty("count").GetInt32(), filtered.GetProperty("count").GetInt32()));
        Assert.Empty(await CategoriesOfAsync(other, theirs));
        await (await other.GetAsync($"/api/v1/contacts/{theirs}")).JsonAsync(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("""{"ids":["0190a0a0-0000-7000-8000-000000000001"]}""", "action")]
    [InlineData("""{"action":"setLifeCycle","ids":["0190a0a0-0000-7000-8000-000000000001"]}""", "action")]
    [InlineData("""{"action":"addCategory","category":"Nope","ids":["0190a0a0-0000-7000-8000-000000000001"]}""", "category")]
    [InlineData("""{"action":"removeCategory","ids":["0190a0a0-0000-7000-8000-000000000001"]}""", "category")]
    [InlineData("""{"action":"checkReachability","notificationType":"nope","filter":{}}""", "notificationType")]
    [InlineData("""{"action":"delete"}""", "ids")]
    [InlineData("""{"action":"delete","ids":[]}""", "ids")]
    [InlineData("""{"action":"delete","ids":["0190a0a0-0000-7000-8000-000000000001"],"filter":{}}""", "ids")]
    [InlineData("""{"action":"delete","filter":{"nope":"x"}}""", "filter.nope")]
    [InlineData("""{"action":"delete","filter":{"kind":"robot"}}""", "filter.kind")]
    [InlineData("""{"action":"delete","filter":{"cursor":"abc"}}""", "filter.cursor")]
    [InlineData("""{"action":"delete","ids":["x"]}""", "ids[0]")]
    [InlineData("""{"action":"delete","ids":["0190a0a0-0000-7000-8000-000000000001"],"other":1}""", "other")]
    public async Task BadInput_Is422NamingTheField_AndChangesNothing(string body, string field)
    {
        using var client = await factory.NewTenantAsync();
        var contact = (await client.CreateContactAsync(new { kind = "person", lastName = "Safe" })).Id();

        var problem = await (await client.PostAsync("/api/v1/contacts/bulk-actions", new StringContent(body, Encoding.UTF8, "application/json")))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains(field, problem.ErrorFields());
        await (await client.GetAsync($"/api/v1/contacts/{contact}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, (await (await client.GetAsync("/api/v1/runs")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").GetArrayLength());
    }

    private static async Task ImportAsync(HttpClient client, IEnumerable<object> contacts)
    {
        var body = string.Join('\n', contacts.Select(c => JsonSerializer.Serialize(c)));
        var result = await (await client.PostAsync("/api/v1/imports", new StringContent(body, Encoding.UTF8, "application/x-ndjson"))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, result.GetProperty("rejected").GetInt32());
    }

    private static async Task<List<string?>> CategoriesOfAsync(HttpClient client, Guid id) =>
        [.. (await (await client.GetAsync($"/api/v1/contacts/{id}")).JsonAsync(HttpStatusCode.OK)).GetProperty("categories").EnumerateArray().Select(c => c.GetString())];

    private static async Task<JsonElement> CategoryEntryAsync(HttpClient client, Guid id, string action)
    {
        var history = await (await client.GetAsync($"/api/v1/contacts/{id}/history")).JsonAsync(HttpStatusCode.OK);
        return history.EnumerateArray().Single(e => e.GetProperty("entityType").GetString() == "category" && e.GetProperty("action").GetString() == action);
    }
}
