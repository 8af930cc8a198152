using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.Api;

/// <summary>Name-day rules, the contact's name day and the name-day run (issue 3, item 10).</summary>
public sealed class NameDaysApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly object Rules = new
    {
        rules = new object[]
        {
            new { date = "03-19", names = new[] { "Joseph", "Josef", "José", "Giuseppe" } },
            new { date = "07-26", names = new[] { "Anna", "Anne" } },
            new { date = "02-29", names = new[] { "Oswald" } },
        },
    };

    [Fact]
    public async Task Rules_PutThenGet_ReplaceTheWholeList_AndAreAudited()
    {
        using var client = await factory.NewTenantAsync();
        await (await client.PutAsJsonAsync("/api/v1/definition/name-days", Rules)).JsonAsync(HttpStatusCode.OK);

        var replaced = await (await client.PutAsJsonAsync("/api/v1/definition/name-days", new
        {
            rules = new object[]
            {
                new { date = "07-26", names = new[] { "Anna", "Anne", "Ana" } },
                new { date = "12-06", names = new[] { "Nikolaus" } },
            },
        })).JsonAsync(HttpStatusCode.OK);

        var read = await (await client.GetAsync("/api/v1/definition/name-days")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(replaced.GetRawText(), read.GetRawText());
        Assert.Equal(["07-26", "12-06"], read.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("date").GetString()));
        Assert.Equal(["Anna", "Anne", "Ana"], read.GetProperty("rules")[0].GetProperty("names").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(JsonValueKind.Null, read.GetProperty("schedule").ValueKind);

        // One entry per rule and change, diffed by day (an unchanged day would have none).
        var audit = await RuleAuditAsync(client);
        Assert.Equal(
            ["created 02-29", "created 03-19", "created 07-26", "created 12-06", "deleted 02-29", "deleted 03-19", "updated 07-26"],
            audit.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("""{"rules":[{"date":"02-30","names":["Anna"]}]}""", "rules[0].date")]
    [InlineData("""{"rules":[{"date":"3/19","names":["Anna"]}]}""", "rules[0].date")]
    [InlineData("""{"rules":[{"date":"03-19","names":[]}]}""", "rules[0].names")]
    [InlineData("""{"rules":[{"date":"03-19","names":["Josef"]},{"date":"03-20","names":["Anna", " "]}]}""", "rules[1].names[1]")]
    [InlineData("""{"rules":[{"date":"03-19","names":["Josef"]},{"date":"03-20","names":["josef"]}]}""", "rules[1].names[0]")]
    [InlineData("""{"rules":[{"date":"03-19","names":["Josef"]},{"date":"03-19","names":["Karl"]}]}""", "rules[1].date")]
    [InlineData("""{"rules":null}""", "rules")]
    [InlineData("""{"rules":[{"date":"03-19","names":["Josef"]}],"other":1}""", "other")]
    public async Task Rules_BadInput_Is422NamingTheField_AndWritesNothing(string body, string field)
    {
        using var client = await factory.NewTenantAsync();
        await (await client.PutAsJsonAsync("/api/v1/definition/name-days", Rules)).JsonAsync(HttpStatusCode.OK);
        var before = await (await client.GetAsync("/api/v1/definition/name-days")).JsonAsync(HttpStatusCode.OK);

        var problem = await (await client.PutAsync("/api/v1/definition/name-days", new StringContent(body, System.Text.Encoding.UTF8, "application/json")))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains(field, problem.ErrorFields());
        var after = await (await client.GetAsync("/api/v1/definition/name-days")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(before.GetRawText(), after.GetRawText());
    }

    [Fact]
    public async Task Rules_NameTooLong_IsRefused()
    {
        using var client = await factory.NewTenantAsync();
        var problem = await (await client.PutAsJsonAsync("/api/v1/definition/name-days", new { rules = new[] { new { date = "01-01", names = new[] { new string('a', 101) } } } }))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["rules[0].names[0]"], problem.ErrorFields());
    }

    [Fact]
    public async Task Schedule_IsAValidatedCron_ShownWithItsNextRun_AndCanBeCleared()
    {
        using var client = await factory.NewTenantAsync();
        var set = await (await client.PutAsJsonAsync("/api/v1/definition/name-days/schedule", new { cron = "0 0 3 * * ?" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("0 0 3 * * ?", set.GetProperty("schedule").GetString());
        Assert.Equal(3, set.GetProperty("nextScheduledRun").GetDateTime().ToUniversalTime().Hour);

        var bad = await (await client.PutAsJsonAsync("/api/v1/definition/name-days/schedule", new { cron = "every night" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["cron"], bad.ErrorFields());
        var tooOften = await (await client.PutAsJsonAsync("/api/v1/definition/name-days/schedule", new { cron = "0 * * * * ?" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["cron"], tooOften.ErrorFields());
        Assert.Equal("0 0 3 * * ?", (await (await client.GetAsync("/api/v1/definition/name-days")).JsonAsync(HttpStatusCode.OK)).GetProperty("schedule").GetString());

        var cleared = await (await client.PutAsJsonAsync("/api/v1/definition/name-days/schedule", new { cron = (string?)null })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("schedule").ValueKind);
    }

    [Fact]
    public async Task ContactNameDay_IsSetValidatedAndAudited_ForPersonsOnly()
    {
        using var client = await factory.NewTenantAsync();
        var created = await client.CreateContactAsync(new { kind = "person", lastName = "Muster", nameDay = "02-29" });
        Assert.Equal("02-29", created.GetProperty("nameDay").GetString());
        var id = created.Id();

        var bad = await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{id}", new { nameDay = "02-30" }, "\"1\"")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["nameDay"], bad.ErrorFields());
        var changed = await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{id}", new { nameDay = "03-19" }, "\"1\"")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("03-19", changed.GetProperty("nameDay").GetString());
        var change = await NameDayChangeAsync(client, id);
        Assert.Equal(("02-29", "03-19", "api"), (change.Old, change.New, change.Source));

        var company = await (await client.PostAsJsonAsync("/api/v1/contacts", new { kind = "company", companyName = "ACME", nameDay = "03-19" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["nameDay"], company.ErrorFields());
    }

    [Fact]
    public async Task Run_WithoutNameDay_AssignsOnlyThoseWithout_AndAuditsEachChange()
    {
        using var client = await factory.NewTenantAsync();
        await (await client.PutAsJsonAsync("/api/v1/definition/name-days", Rules)).JsonAsync(HttpStatusCode.OK);
        var josef = (await client.CreateContactAsync(new { kind = "person", firstName = "Josef", lastName = "A" })).Id();
        var anne = (await client.CreateContactAsync(new { kind = "person", firstName = "anne-marie", lastName = "B" })).Id();
        var kept = (await client.CreateContactAsync(new { kind = "person", firstName = "José", lastName = "C", nameDay = "01-01" })).Id();
        var unknown = (await client.CreateContactAsync(new { kind = "person", firstName = "Petra", lastName = "D" })).Id();
        await client.CreateContactAsync(new { kind = "company", companyName = "Anna GmbH" });

        var started = await client.PostAsJsonAsync("/api/v1/runs/name-days", new { mode = "withoutNameDay" });
        var run = await started.JsonAsync(HttpStatusCode.Accepted);
        Assert.Equal($"/api/v1/runs/{run.Id()}", started.Headers.Location?.OriginalString);
        Assert.Equal("name-day", run.GetProperty("kind").GetString());
        Assert.Equal("withoutNameDay", run.GetProperty("parameters").GetProperty("mode").GetString());

        var finished = await client.WaitForRunAsync(run.Id());
        Assert.Equal("succeeded", finished.GetProperty("status").GetString());
        Assert.Equal(1.0, finished.GetProperty("progress").GetDouble());
        Assert.Equal(3, finished.GetProperty("contactsScanned").GetInt64()); // persons without a name day
        Assert.Equal(2, finished.GetProperty("contactsChanged").GetInt64());
        Assert.NotEqual(JsonValueKind.Null, finished.GetProperty("startedAt").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, finished.GetProperty("finishedAt").ValueKind);

        Assert.Equal("03-19", await NameDayOfAsync(client, josef));
        Assert.Equal("07-26", await NameDayOfAsync(client, anne));
        Assert.Equal("01-01", await NameDayOfAsync(client, kept));
        Assert.Null(await NameDayOfAsync(client, unknown));

        var change = await NameDayChangeAsync(client, josef);
        Assert.Equal((null, "03-19", $"run:{run.Id()}", "apiKey"), (change.Old, change.New, change.Source, change.ActorKind));
    }

    [Fact]
    public async Task Run_All_ReassignsEveryMatchingPerson_WithinTheRequestersClearance_AndCountsNoOthers()
    {
        var clients = await factory.NewTenantWithKeysAsync("CH", "free", "confidential");
        using var free = clients[0];
        using var confidential = clients[1];
        await (await free.PutAsJsonAsync("/api/v1/definition/name-days", Rules)).JsonAsync(HttpStatusCode.OK);
        var wrong = (await free.CreateContactAsync(new { kind = "person", firstName = "Giuseppe", lastName = "A", nameDay = "01-01" })).Id();
        var secret = (await confidential.CreateContactAsync(new { kind = "person", firstName = "Anna", lastName = "Secret", confidentiality = "confidential" })).Id();
        var unmatched = (await free.CreateContactAsync(new { kind = "person", firstName = "Petra", lastName = "C", nameDay = "05-05" })).Id();

        var run = await (await free.PostAsJsonAsync("/api/v1/runs/name-days", new { mode = "all" })).JsonAsync(HttpStatusCode.Accepted);
        var finished = await free.WaitForRunAsync(run.Id());

        // The run acts with the Free key's clearance: the confidential person is neither changed nor counted.
        Assert.Equal(("succeeded", 2L, 1L), (finished.GetProperty("status").GetString(), finished.GetProperty("contactsScanned").GetInt64(), finished.GetProperty("contactsChanged").GetInt64()));
        Assert.Equal("03-19", await NameDayOfAsync(free, wrong));
        Assert.Equal("05-05", await NameDayOfAsync(free, unmatched)); // no rule: left as it is
        Assert.Null(await NameDayOfAsync(confidential, secret));
        await (await free.GetAsync($"/api/v1/contacts/{secret}")).JsonAsync(HttpStatusCode.NotFound);

        // The same run asked by the confidential key reaches it.
        var full = await confidential.WaitForRunAsync((await (await confidential.PostAsJsonAsync("/api/v1/runs/name-days", new { mode = "all" })).JsonAsync(HttpStatusCode.Accepted)).Id());
        Assert.Equal(3L, full.GetProperty("contactsScanned").GetInt64());
        Assert.Equal("07-26", await NameDayOfAsync(confidential, secret));
    }

    // A run the system queues (as the schedule does, RunMaintenance) acts for the whole organisation: full clearance.
    [Fact]
    public async Task Run_QueuedByTheSystem_ReachesEveryPerson_AboveAnyClearance()
    {
        using var system = factory.SystemClient();
        var organisation = (await (await system.PostAsJsonAsync("/api/v1/organisations", new { name = "Scheduled " + Guid.NewGuid() })).JsonAsync(HttpStatusCode.Created)).Id();
        var key = await (await system.PostAsJsonAsync($"/api/v1/organisations/{organisation}/api-keys", new { name = "full", clearance = "confidential" })).JsonAsync(HttpStatusCode.Created);
        using var confidential = factory.CreateClient();
        confidential.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key.GetProperty("key").GetString());
        await (await confidential.PutAsJsonAsync("/api/v1/definition/name-days", Rules)).JsonAsync(HttpStatusCode.OK);
        var secret = (await confidential.CreateContactAsync(new { kind = "person", firstName = "Anna", lastName = "Secret", confidentiality = "confidential" })).Id();

        Guid runId;
        using (var scope = factory.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<ContactHub.Access.CallerContext>().Current = ContactHub.Access.Caller.System("schedule").ForOrganisation(organisation);
            runId = (await scope.ServiceProvider.GetRequiredService<ContactHub.Runs.RunService>()
                .QueueAsync(ContactHub.NameDays.NameDayRun.KindKey, ContactHub.NameDays.NameDayRun.ParametersFor("all"), CancellationToken.None)).Id;
        }

        var finished = await confidential.WaitForRunAsync(runId);
        Assert.Equal(("succeeded", 1L, 1L), (finished.GetProperty("status").GetString(), finished.GetProperty("contactsScanned").GetInt64(), finished.GetProperty("contactsChanged").GetInt64()));
        Assert.Equal("07-26", await NameDayOfAsync(confidential, secret));
    }

    [Fact]
    public async Task Runs_History_IsNewestFirst_FilteredByKind_AndInvisibleToOtherOrganisations()
    {
        using var client = await factory.NewTenantAsync();
        using var other = await factory.NewTenantAsync();
        var first = (await (await client.PostAsJsonAsync("/api/v1/runs/name-days", new { mode = "all" })).JsonAsync(HttpStatusCode.Accepted)).Id();
        var second = (await (await client.PostAsJsonAsync("/api/v1/runs/name-days", new { mode = "withoutNameDay" })).JsonAsync(HttpStatusCode.Accepted)).Id();
        await client.WaitForRunAsync(first);
        await client.WaitForRunAsync(second);

        var history = await (await client.GetAsync("/api/v1/runs?kind=name-day")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([second, first], history.GetProperty("items").EnumerateArray().Select(r => r.Id()));
        var page = await (await client.GetAsync("/api/v1/runs?limit=1")).JsonAsync(HttpStatusCode.OK);
        var next = await (await client.GetAsync($"/api/v1/runs?limit=1&cursor={page.GetProperty("nextCursor").GetString()}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([first], next.GetProperty("items").EnumerateArray().Select(r => r.Id()));
        Assert.Equal(["kind"], (await (await client.GetAsync("/api/v1/runs?kind=nope")).JsonAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());

        await (await other.GetAsync($"/api/v1/runs/{first}")).JsonAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await other.GetAsync("/api/v1/runs")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Run_BadMode_Is422_AndQueuesNothing()
    {
        using var client = await factory.NewTenantAsync();
        var problem = await (await client.PostAsJsonAsync("/api/v1/runs/name-days", new { mode = "some" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["mode"], problem.ErrorFields());
        Assert.Equal(0, (await (await client.GetAsync("/api/v1/runs")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").GetArrayLength());
    }

    private static async Task<string?> NameDayOfAsync(HttpClient client, Guid id) =>
        (await (await client.GetAsync($"/api/v1/contacts/{id}")).JsonAsync(HttpStatusCode.OK)).GetProperty("nameDay").GetString();

    private static async Task<(string? Old, string? New, string? Source, string? ActorKind)> NameDayChangeAsync(HttpClient client, Guid id)
    {
        var history = await (await client.GetAsync($"/api/v1/contacts/{id}/history")).JsonAsync(HttpStatusCode.OK);
        var entry = history.EnumerateArray().First(e => e.GetProperty("changes").EnumerateArray().Any(c => c.GetProperty("field").GetString() == "nameDay")
            && e.GetProperty("action").GetString() == "updated");
        var change = entry.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "nameDay");
        return (change.GetProperty("old").GetString(), change.GetProperty("new").GetString(), entry.GetProperty("source").GetString(), entry.GetProperty("actorKind").GetString());
    }

    /// <summary>The definition's rule audit entries of the client's organisation, oldest first, as "action date".</summary>
    private async Task<List<string>> RuleAuditAsync(HttpClient client)
    {
        var keys = await (await client.GetAsync("/api/v1/runs")).JsonAsync(HttpStatusCode.OK); // any call: proves the key works
        Assert.Equal(JsonValueKind.Array, keys.GetProperty("items").ValueKind);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entries = await db.AuditEntries.IgnoreQueryFilters().Where(a => a.EntityType == "nameDayRule").ToListAsync();
        var organisation = await OrganisationOfAsync(client, db);
        return [.. entries.Where(a => a.OrganisationId == organisation).OrderBy(a => a.Id).Select(a => $"{a.Action.ToString().ToLowerInvariant()} {a.EntityId}")];
    }

    private static async Task<Guid> OrganisationOfAsync(HttpClient client, AppDbContext db)
    {
        var contact = (await client.CreateContactAsync(new { kind = "person", lastName = "Probe" })).Id();
        return await db.Contacts.IgnoreQueryFilters().Where(c => c.Id == contact).Select(c => c.OrganisationId).SingleAsync();
    }
}
