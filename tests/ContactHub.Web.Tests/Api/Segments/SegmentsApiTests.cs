using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContactHub.Web.Tests.Api.Segments;

/// <summary>
/// /api/v1/segments (issue 22, part 1): groups of the list's filters (AND inside, OR between), include and exclude,
/// static membership, cursor paging, count, visibility of private segments, clearance and tenant isolation, archived
/// custom fields, If-Match, and a segment as the recipients of the reachability batch.
/// </summary>
public sealed class SegmentsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Segments = "/api/v1/segments";

    [Fact]
    public async Task Dynamic_IsTheOrOfItsGroups_EachAnAndOfListFilters_PlusIncludeLessExclude()
    {
        using var client = await factory.NewTenantAsync();
        var swissPerson = (await client.CreateContactAsync(new { kind = "person", lastName = "Swiss", countryOfResidence = "CH" })).Id();
        await client.CreateContactAsync(new { kind = "company", companyName = "Swiss AG", countryOfResidence = "CH" });
        var german = (await client.CreateContactAsync(new { kind = "person", lastName = "German", countryOfResidence = "DE" })).Id();
        var blockedSwiss = (await client.CreateContactAsync(new { kind = "person", lastName = "Blocked", countryOfResidence = "CH", blocked = true, blockedReason = "Fraud" })).Id();
        var french = (await client.CreateContactAsync(new { kind = "person", lastName = "French", countryOfResidence = "FR" })).Id();

        var segment = await CreateAsync(client, new
        {
            name = "Swiss persons or Germans",
            groups = new object[] { new Dictionary<string, string> { ["kind"] = "person", ["country"] = "CH" }, new Dictionary<string, string> { ["country"] = "DE" } },
            include = new[] { french },
            exclude = new[] { blockedSwiss },
        });

        Assert.Equal(3, await CountAsync(client, segment));
        Assert.Equal([swissPerson, german, french], await MemberIdsAsync(client, segment));
        var view = await (await client.GetAsync($"{Segments}/{segment}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("dynamic", false), (view.GetProperty("kind").GetString(), view.GetProperty("shared").GetBoolean()));
        Assert.Equal("CH", view.GetProperty("groups")[0].GetProperty("country").GetString());
        Assert.Equal([french], view.GetProperty("include").EnumerateArray().Select(e => e.GetGuid()));
    }

    [Fact]
    public async Task Contacts_PageByCursor()
    {
        using var client = await factory.NewTenantAsync();
        for (var i = 0; i < 5; i++)
        {
            await client.CreateContactAsync(new { kind = "person", lastName = $"P{i}" });
        }

        var segment = await CreateAsync(client, new { name = "Persons", groups = new[] { new { kind = "person" } } });
        var first = await (await client.GetAsync($"{Segments}/{segment}/contacts?limit=3")).JsonAsync(HttpStatusCode.OK);
        var second = await (await client.GetAsync($"{Segments}/{segment}/contacts?limit=3&cursor={first.GetProperty("nextCursor").GetString()}")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(3, first.GetProperty("items").GetArrayLength());
        Assert.Equal(2, second.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        await (await client.GetAsync($"{Segments}/{segment}/contacts?limit=0")).JsonAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task BadGroups_AreFieldErrorsNamedAfterTheGroup()
    {
        using var client = await factory.NewTenantAsync();
        var problem = await (await client.PostAsJsonAsync(Segments, new
        {
            name = "",
            groups = new object[] { new { kind = "person" }, new { kind = "robot", nope = "x" } },
            include = new[] { Guid.NewGuid() },
        })).JsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["groups[1].nope", "include[0]", "name"], problem.ErrorFields().Order(StringComparer.Ordinal));

        var kindOnly = await (await client.PostAsJsonAsync(Segments, new { name = "Robots", groups = new[] { new { kind = "robot" } } })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["groups[0].kind"], kindOnly.ErrorFields());

        await CreateAsync(client, new { name = "Taken" });
        var taken = await (await client.PostAsJsonAsync(Segments, new { name = "Taken" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["name"], taken.ErrorFields());
    }

    [Fact]
    public async Task Static_HasHandKeptMembers_AndAFreezeCopiesADynamicOne()
    {
        using var client = await factory.NewTenantAsync();
        var anna = (await client.CreateContactAsync(new { kind = "person", lastName = "Anna" })).Id();
        var bert = (await client.CreateContactAsync(new { kind = "person", lastName = "Bert" })).Id();
        var carl = (await client.CreateContactAsync(new { kind = "company", companyName = "Carl AG" })).Id();

        var campaign = await CreateAsync(client, new { name = "Gala 2027", kind = "static", include = new[] { anna } });
        await (await client.PostAsJsonAsync($"{Segments}/{campaign}/members", new { contactIds = new[] { bert, carl, anna } })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([anna, bert, carl], await MemberIdsAsync(client, campaign));

        await (await client.SendAsync(HttpMethod.Delete, $"{Segments}/{campaign}/members", new { contactIds = new[] { bert } })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([anna, carl], await MemberIdsAsync(client, campaign));
        var withFilters = await (await client.PostAsJsonAsync(Segments, new { name = "Static with filters", kind = "static", groups = new[] { new { kind = "person" } } }))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["groups"], withFilters.ErrorFields());

        var persons = await CreateAsync(client, new { name = "Persons", groups = new[] { new { kind = "person" } } });
        await (await client.PostAsJsonAsync($"{Segments}/{persons}/members", new { contactIds = new[] { carl } })).JsonAsync(HttpStatusCode.Conflict);
        var frozen = await (await client.PostAsJsonAsync($"{Segments}/{persons}/freeze", new { name = "Persons today" })).JsonAsync(HttpStatusCode.Created);
        await client.CreateContactAsync(new { kind = "person", lastName = "Later" });

        Assert.Equal("static", frozen.GetProperty("kind").GetString());
        Assert.Equal([anna, bert], await MemberIdsAsync(client, frozen.Id()));
        Assert.Equal(3, await CountAsync(client, persons));
    }

    [Fact]
    public async Task Members_AboveTheCallersClearance_NeverShowOrCount()
    {
        var keys = await factory.NewTenantWithKeysAsync("CH", "confidential", "free");
        using var confidential = keys[0];
        using var free = keys[1];
        var open = (await confidential.CreateContactAsync(new { kind = "person", lastName = "Open" })).Id();
        var secret = (await confidential.CreateContactAsync(new { kind = "person", lastName = "Secret", confidentiality = "confidential" })).Id();

        var segment = await CreateAsync(confidential, new { name = "Everyone", shared = true, groups = new[] { new { kind = "person" } } });
        var campaign = await CreateAsync(confidential, new { name = "Named", shared = true, kind = "static", include = new[] { open, secret } });

        Assert.Equal(2, await CountAsync(confidential, segment));
        Assert.Equal(1, await CountAsync(free, segment));
        Assert.Equal([open], await MemberIdsAsync(free, segment));
        Assert.Equal([open], await MemberIdsAsync(free, campaign));
        var statistics = await (await free.GetAsync($"{Segments}/{campaign}/statistics")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, statistics.GetProperty("figures").GetProperty("total").GetInt32());
        var refused = await (await free.PostAsJsonAsync(Segments, new { name = "Guess", include = new[] { secret } })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["include[0]"], refused.ErrorFields());
    }

    [Fact]
    public async Task PrivateSegments_AreTheirOwners_SharedOnesEveryones_AndOtherTenantsSeeNone()
    {
        var keys = await factory.NewTenantWithKeysAsync("CH", "free", "free");
        using var owner = keys[0];
        using var colleague = keys[1];
        using var stranger = await factory.NewTenantAsync();
        var mine = await CreateAsync(owner, new { name = "Mine" });
        var ours = await CreateAsync(owner, new { name = "Ours", shared = true });

        await (await colleague.GetAsync($"{Segments}/{mine}")).JsonAsync(HttpStatusCode.NotFound);
        await (await colleague.GetAsync($"{Segments}/{ours}")).JsonAsync(HttpStatusCode.OK);
        var listed = await (await colleague.GetAsync(Segments)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([ours], listed.EnumerateArray().Select(s => s.Id()));
        await (await stranger.GetAsync($"{Segments}/{ours}")).JsonAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync($"{Segments}/{ours}/count")).JsonAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await stranger.GetAsync(Segments)).JsonAsync(HttpStatusCode.OK)).GetArrayLength());
    }

    [Fact]
    public async Task Update_NeedsTheCurrentVersion_AndDeleteRemovesTheSegmentOnly()
    {
        using var client = await factory.NewTenantAsync();
        var contact = (await client.CreateContactAsync(new { kind = "person", lastName = "Kept" })).Id();
        var created = await client.PostAsJsonAsync(Segments, new { name = "Before", groups = new[] { new { kind = "company" } } });
        var id = (await created.JsonAsync(HttpStatusCode.Created)).Id();
        var etag = created.ETag();

        await (await client.SendAsync(HttpMethod.Put, $"{Segments}/{id}", new { name = "After" })).JsonAsync(HttpStatusCode.PreconditionRequired);
        var updated = await client.SendAsync(HttpMethod.Put, $"{Segments}/{id}", new { name = "After", groups = new[] { new { kind = "person" } } }, etag);
        var view = await updated.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("After", 2L), (view.GetProperty("name").GetString(), view.GetProperty("version").GetInt64()));
        Assert.Equal(1, await CountAsync(client, id));
        await (await client.SendAsync(HttpMethod.Put, $"{Segments}/{id}", new { name = "Stale" }, etag)).JsonAsync(HttpStatusCode.PreconditionFailed);

        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(HttpMethod.Delete, $"{Segments}/{id}", null, updated.ETag())).StatusCode);
        await (await client.GetAsync($"{Segments}/{id}")).JsonAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/v1/contacts/{contact}")).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ArchivedCustomField_StillEvaluates_AndTheSegmentSaysSo()
    {
        using var client = await factory.NewTenantAsync();
        await (await client.PostAsJsonAsync("/api/v1/definition/custom-fields", new { key = "vip", name = "VIP", type = "boolean" })).JsonAsync(HttpStatusCode.Created);
        var vip = (await client.CreateContactAsync(new { kind = "person", lastName = "Vip", customFields = new { vip = true } })).Id();
        await client.CreateContactAsync(new { kind = "person", lastName = "Plain", customFields = new { vip = false } });
        var segment = await CreateAsync(client, new { name = "VIPs", groups = new[] { new Dictionary<string, string> { ["custom.vip"] = "true" } } });
        Assert.Empty((await (await client.GetAsync($"{Segments}/{segment}")).JsonAsync(HttpStatusCode.OK)).GetProperty("warnings").EnumerateArray());

        await (await client.DeleteAsync("/api/v1/definition/custom-fields/vip")).JsonAsync(HttpStatusCode.OK);

        var view = await (await client.GetAsync($"{Segments}/{segment}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["custom field 'vip' is archived"], view.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal([vip], await MemberIdsAsync(client, segment));
    }

    [Fact]
    public async Task ReachabilityBatch_TakesASegmentAsItsRecipients()
    {
        using var client = await factory.NewTenantAsync();
        var letterOnly = (await client.CreateContactAsync(new { kind = "person", lastName = "Letter", allowedChannels = new[] { "letter" }, preferredChannel = "letter", countryOfResidence = "DE" })).Id();
        await client.CreateContactAsync(new { kind = "person", lastName = "Elsewhere", countryOfResidence = "CH" });
        var segment = await CreateAsync(client, new { name = "Germany", groups = new[] { new { country = "DE" } } });

        var batch = await (await client.PostAsJsonAsync("/api/v1/reachability/batch", new { notificationType = "service-notice", channel = "email", segmentId = segment })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal([letterOnly], batch.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("contactId").GetGuid()));
        Assert.Equal(1, batch.GetProperty("summary").GetProperty("reason:channelNotAllowed").GetInt32());
        await (await client.PostAsJsonAsync("/api/v1/reachability/batch", new { notificationType = "service-notice", segmentId = Guid.NewGuid() })).JsonAsync(HttpStatusCode.NotFound);
    }

    internal static async Task<Guid> CreateAsync(HttpClient client, object body) =>
        (await (await client.PostAsJsonAsync(Segments, body)).JsonAsync(HttpStatusCode.Created)).Id();

    internal static async Task<int> CountAsync(HttpClient client, Guid segment) =>
        (await (await client.GetAsync($"{Segments}/{segment}/count")).JsonAsync(HttpStatusCode.OK)).GetProperty("count").GetInt32();

    private static async Task<List<Guid>> MemberIdsAsync(HttpClient client, Guid segment) =>
        [.. (await (await client.GetAsync($"{Segments}/{segment}/contacts?limit=200")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().Select(c => c.Id())];
}
