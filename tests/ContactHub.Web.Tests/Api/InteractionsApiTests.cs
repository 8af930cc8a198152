using System.Net;
using System.Net.Http.Json;

namespace ContactHub.Web.Tests.Api;

/// <summary>Interactions (issue 22, item 5): record, change, list with filters, clearance through the contacts, history and the list filter.</summary>
public sealed class InteractionsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Record_ChangeStatus_Read_AndTheContactsHistoryShowsIt()
    {
        using var client = await factory.NewTenantAsync();
        var anna = (await client.CreateContactAsync(ApiClientExtensions.Person("Anna"))).Id();
        var ben = (await client.CreateContactAsync(ApiClientExtensions.Person("Ben"))).Id();

        var created = await (await client.PostAsJsonAsync("/api/v1/interactions", new
        {
            contactIds = new[] { anna, ben }, type = "call", direction = "in", medium = "phone", subject = "Asked for tickets",
            description = "<b>not markup</b>\nsecond line", occurredAt = "2026-03-01T10:00:00Z",
        })).JsonAsync(HttpStatusCode.Created);
        var id = created.Id();
        Assert.Equal("open", created.GetProperty("status").GetString());
        Assert.Equal(2, created.GetProperty("contacts").GetArrayLength());
        Assert.Equal("<b>not markup</b>\nsecond line", created.GetProperty("description").GetString());

        var closed = await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/interactions/{id}", new { status = "closed" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal("Asked for tickets", closed.GetProperty("subject").GetString());

        var history = await (await client.GetAsync($"/api/v1/contacts/{ben}/history")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(history.EnumerateArray(), e => e.GetProperty("entityType").GetString() == "interaction" && e.GetProperty("entityId").GetString() == id.ToString());
        var ofBen = await (await client.GetAsync($"/api/v1/contacts/{ben}/interactions")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([id], ofBen.GetProperty("items").EnumerateArray().Select(i => i.Id()));
    }

    [Fact]
    public async Task BadInput_Is422NamingTheFields()
    {
        using var client = await factory.NewTenantAsync();
        var problem = await (await client.PostAsJsonAsync("/api/v1/interactions", new { contactIds = new[] { Guid.NewGuid() }, subject = "" }))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["contactIds", "direction", "occurredAt", "subject", "type"], problem.ErrorFields().Order());
        var badFilter = await (await client.GetAsync("/api/v1/interactions?type=fax&from=yesterday")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("type", badFilter.ErrorFields());
    }

    [Fact]
    public async Task List_FiltersByTypeStatusAndTime_AndPagesNewestFirst()
    {
        using var client = await factory.NewTenantAsync();
        var anna = (await client.CreateContactAsync(ApiClientExtensions.Person("Anna"))).Id();
        var ids = new List<Guid>();
        foreach (var (type, day) in new[] { ("call", "01"), ("email", "02"), ("meeting", "03") })
        {
            ids.Add((await (await client.PostAsJsonAsync("/api/v1/interactions", new
            {
                contactIds = new[] { anna }, type, direction = "out", subject = $"On {day}", occurredAt = $"2026-03-{day}T09:00:00Z",
            })).JsonAsync(HttpStatusCode.Created)).Id());
        }

        var first = await (await client.GetAsync("/api/v1/interactions?limit=2")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([ids[2], ids[1]], first.GetProperty("items").EnumerateArray().Select(i => i.Id()));
        var second = await (await client.GetAsync($"/api/v1/interactions?limit=2&cursor={first.GetProperty("nextCursor").GetString()}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([ids[0]], second.GetProperty("items").EnumerateArray().Select(i => i.Id()));
        var emails = await (await client.GetAsync("/api/v1/interactions?type=email")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([ids[1]], emails.GetProperty("items").EnumerateArray().Select(i => i.Id()));
        var range = await (await client.GetAsync($"/api/v1/interactions?from=2026-03-02&to=2026-03-03&contactId={anna}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([ids[1]], range.GetProperty("items").EnumerateArray().Select(i => i.Id()));
        var closed = await (await client.GetAsync("/api/v1/interactions?status=closed")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, closed.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Clearance_AnInteractionIsSeenThroughAVisibleContact_AndNeverNamesTheOthers()
    {
        var clients = await factory.NewTenantWithKeysAsync("CH", "restricted", "free");
        var (restricted, free) = (clients[0], clients[1]);
        var open = (await restricted.CreateContactAsync(new { kind = "person", lastName = "Open" })).Id();
        var hush = (await restricted.CreateContactAsync(new { kind = "person", lastName = "Hush", confidentiality = "restricted" })).Id();
        var shared = (await (await restricted.PostAsJsonAsync("/api/v1/interactions", new
        {
            contactIds = new[] { open, hush }, type = "meeting", direction = "in", subject = "Both", occurredAt = "2026-03-01T09:00:00Z",
        })).JsonAsync(HttpStatusCode.Created)).Id();
        var secret = (await (await restricted.PostAsJsonAsync("/api/v1/interactions", new
        {
            contactIds = new[] { hush }, type = "call", direction = "in", subject = "Only hush", occurredAt = "2026-03-02T09:00:00Z",
        })).JsonAsync(HttpStatusCode.Created)).Id();

        var seen = await (await free.GetAsync($"/api/v1/interactions/{shared}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([open], seen.GetProperty("contacts").EnumerateArray().Select(c => c.Id()));
        Assert.Equal(HttpStatusCode.NotFound, (await free.GetAsync($"/api/v1/interactions/{secret}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await free.SendAsync(HttpMethod.Patch, $"/api/v1/interactions/{secret}", new { status = "closed" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await free.GetAsync($"/api/v1/contacts/{hush}/interactions")).StatusCode);
        var list = await (await free.GetAsync("/api/v1/interactions")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([shared], list.GetProperty("items").EnumerateArray().Select(i => i.Id()));
        var refused = await (await free.PostAsJsonAsync("/api/v1/interactions", new
        {
            contactIds = new[] { hush }, type = "call", direction = "in", subject = "Try", occurredAt = "2026-03-02T09:00:00Z",
        })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["contactIds"], refused.ErrorFields());
    }

    [Fact]
    public async Task ContactList_InteractionWithinDays_FindsRecentlyContactedOnes()
    {
        using var client = await factory.NewTenantAsync();
        var recent = (await client.CreateContactAsync(ApiClientExtensions.Person("Recent"))).Id();
        var old = (await client.CreateContactAsync(ApiClientExtensions.Person("Old"))).Id();
        await client.CreateContactAsync(ApiClientExtensions.Person("Never"));
        foreach (var (contact, daysAgo) in new[] { (recent, 10), (old, 200) })
        {
            await (await client.PostAsJsonAsync("/api/v1/interactions", new
            {
                contactIds = new[] { contact }, type = "letter", direction = "out", subject = "Hello", occurredAt = DateTimeOffset.UtcNow.AddDays(-daysAgo),
            })).JsonAsync(HttpStatusCode.Created);
        }

        var page = await (await client.GetAsync("/api/v1/contacts?interactionWithinDays=90")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([recent], page.GetProperty("items").EnumerateArray().Select(i => i.Id()));
        var all = await (await client.GetAsync("/api/v1/contacts?interactionWithinDays=365")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, all.GetProperty("items").GetArrayLength());
        Assert.Equal(["interactionWithinDays"], (await (await client.GetAsync("/api/v1/contacts?interactionWithinDays=0")).JsonAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
    }
}
