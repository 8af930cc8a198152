using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.Api;

/// <summary>Admin-defined custom fields: definitions, typed values on contacts, validation, audit, archive and filters (issue 3, item 4).</summary>
public sealed class CustomFieldsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Fields = "/api/v1/definition/custom-fields";

    [Fact]
    public async Task EachType_IsStoredAndReturnedTyped()
    {
        using var client = await TenantWithFieldsAsync();

        var created = await client.CreateContactAsync(PersonWith(new { membershipLevel = "gold", shoeSize = 42.5, memberSince = "2020-01-31", vip = true, nickname = " Andi " }));
        var read = await (await client.GetAsync($"/api/v1/contacts/{created.Id()}")).JsonAsync(HttpStatusCode.OK);

        var custom = read.GetProperty("customFields");
        Assert.Equal("gold", custom.GetProperty("membershipLevel").GetString());
        Assert.Equal(JsonValueKind.Number, custom.GetProperty("shoeSize").ValueKind);
        Assert.Equal(42.5m, custom.GetProperty("shoeSize").GetDecimal());
        Assert.Equal("2020-01-31", custom.GetProperty("memberSince").GetString());
        Assert.Equal(JsonValueKind.True, custom.GetProperty("vip").ValueKind);
        Assert.Equal("Andi", custom.GetProperty("nickname").GetString());
    }

    [Fact]
    public async Task Patch_ChangesOneValue_ClearsAnother_KeepsTheRest_AndBumpsTheVersion()
    {
        using var client = await TenantWithFieldsAsync();
        var created = await client.CreateContactAsync(PersonWith(new { membershipLevel = "gold", shoeSize = 42, vip = true }));
        var id = created.Id();

        var patched = await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{id}", new { customFields = new { shoeSize = 43, vip = (bool?)null } }, "\"1\""))
            .JsonAsync(HttpStatusCode.OK);

        var custom = patched.GetProperty("customFields");
        Assert.Equal(43, custom.GetProperty("shoeSize").GetInt32());
        Assert.Equal("gold", custom.GetProperty("membershipLevel").GetString());
        Assert.False(custom.TryGetProperty("vip", out _));
        Assert.Equal(2, patched.GetProperty("version").GetInt64());

        var history = await (await client.GetAsync($"/api/v1/contacts/{id}/history")).JsonAsync(HttpStatusCode.OK);
        var changes = history.EnumerateArray().SelectMany(e => e.GetProperty("changes").EnumerateArray()).ToList();
        Assert.Contains(changes, c => c.GetProperty("field").GetString() == "customFields.shoeSize" && c.GetProperty("old").GetString() == "42" && c.GetProperty("new").GetString() == "43");
        Assert.Contains(changes, c => c.GetProperty("field").GetString() == "customFields.vip" && c.GetProperty("old").GetString() == "true" && c.GetProperty("new").ValueKind == JsonValueKind.Null);
        Assert.Contains(changes, c => c.GetProperty("field").GetString() == "customFields.membershipLevel" && c.GetProperty("new").GetString() == "gold");
    }

    [Theory]
    [InlineData("membershipLevel", "\"platinum\"")]
    [InlineData("shoeSize", "\"42\"")]
    [InlineData("memberSince", "\"31.01.2020\"")]
    [InlineData("vip", "\"yes\"")]
    [InlineData("unknownField", "1")]
    [InlineData("vatGroup", "\"A\"")]
    public async Task WrongValue_Is422NamingTheField_AndNothingIsWritten(string key, string json)
    {
        using var client = await TenantWithFieldsAsync();
        var body = $$$"""{"kind":"person","lastName":"Wrong","customFields":{"{{{key}}}":{{{json}}}}}""";

        var problem = await (await client.PostAsync("/api/v1/contacts", new StringContent(body, System.Text.Encoding.UTF8, "application/json")))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["customFields." + key], problem.ErrorFields());
        var list = await (await client.GetAsync("/api/v1/contacts")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());

        var contact = await client.CreateContactAsync(PersonWith(new { shoeSize = 40 }));
        var patch = $$$"""{"customFields":{"shoeSize":41,"{{{key}}}":{{{json}}}}}""";
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/contacts/{contact.Id()}") { Content = new StringContent(patch, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
        var refused = await (await client.SendAsync(request)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("customFields." + key, refused.ErrorFields());
        var unchanged = await (await client.GetAsync($"/api/v1/contacts/{contact.Id()}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(40, unchanged.GetProperty("customFields").GetProperty("shoeSize").GetInt32());
        Assert.Equal(1, unchanged.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task RequiredField_IsNeededOnCreate_CannotBeCleared_AndItsCountOfMissingIsReported()
    {
        using var client = await TenantWithFieldsAsync();
        var before = await client.CreateContactAsync(ApiClientExtensions.Person("Before"));
        await client.CreateContactAsync(new { kind = "company", companyName = "Acme" });

        var changed = await (await client.SendAsync(HttpMethod.Patch, $"{Fields}/membershipLevel", new { required = true })).JsonAsync(HttpStatusCode.OK);
        Assert.True(changed.GetProperty("required").GetBoolean());
        Assert.Equal(2, changed.GetProperty("contactsWithoutValue").GetInt32());

        var problem = await (await client.PostAsJsonAsync("/api/v1/contacts", ApiClientExtensions.Person("New"))).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["customFields.membershipLevel"], problem.ErrorFields());
        var withIt = await client.CreateContactAsync(PersonWith(new { membershipLevel = "silver" }));
        var cleared = await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{withIt.Id()}", new { customFields = new { membershipLevel = (string?)null } }, "\"1\""))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["customFields.membershipLevel"], cleared.ErrorFields());

        // Existing contacts without the value are not broken: other changes still go through.
        await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{before.Id()}", new { notes = "still editable" }, "\"1\"")).JsonAsync(HttpStatusCode.OK);
        // The field applies to both kinds (the company above counts as missing too), so a new company needs it as well.
        var company = await (await client.PostAsJsonAsync("/api/v1/contacts", new { kind = "company", companyName = "Beta" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["customFields.membershipLevel"], company.ErrorFields());
    }

    [Fact]
    public async Task Archive_HidesTheField_KeepsItsValues_AndRestoreBringsThemBack()
    {
        using var client = await TenantWithFieldsAsync();
        var id = (await client.CreateContactAsync(PersonWith(new { membershipLevel = "gold", shoeSize = 42 }))).Id();

        var archived = await (await client.DeleteAsync($"{Fields}/membershipLevel")).JsonAsync(HttpStatusCode.OK);
        Assert.True(archived.GetProperty("archived").GetBoolean());

        var read = await (await client.GetAsync($"/api/v1/contacts/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.False(read.GetProperty("customFields").TryGetProperty("membershipLevel", out _));
        var withArchived = await (await client.GetAsync($"/api/v1/contacts/{id}?includeArchived=true")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("gold", withArchived.GetProperty("customFields").GetProperty("membershipLevel").GetString());
        var active = await (await client.GetAsync(Fields)).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(active.EnumerateArray(), f => f.GetProperty("key").GetString() == "membershipLevel");
        var all = await (await client.GetAsync($"{Fields}?includeArchived=true")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(all.EnumerateArray(), f => f.GetProperty("key").GetString() == "membershipLevel" && f.GetProperty("archived").GetBoolean());
        var history = await (await client.GetAsync($"/api/v1/contacts/{id}/history")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(history.EnumerateArray().SelectMany(e => e.GetProperty("changes").EnumerateArray()), c => c.GetProperty("field").GetString() == "customFields.membershipLevel");

        // Archived: no longer accepted on contacts.
        var refused = await (await client.PostAsJsonAsync("/api/v1/contacts", PersonWith(new { membershipLevel = "gold" }))).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["customFields.membershipLevel"], refused.ErrorFields());

        await (await client.PostAsync($"{Fields}/membershipLevel/restore", null)).JsonAsync(HttpStatusCode.OK);
        var restored = await (await client.GetAsync($"/api/v1/contacts/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("gold", restored.GetProperty("customFields").GetProperty("membershipLevel").GetString());
    }

    [Fact]
    public async Task Definition_KeyAndTypeAreImmutable_OptionsMayBeRenamedOrAdded_ButNotRemoved()
    {
        using var client = await TenantWithFieldsAsync();

        var immutable = await (await client.SendAsync(HttpMethod.Patch, $"{Fields}/shoeSize", new { type = "text" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["type"], immutable.ErrorFields());
        var renamed = await (await client.SendAsync(HttpMethod.Patch, $"{Fields}/membershipLevel", new
        {
            name = "Level",
            options = new[] { new { key = "gold", label = "Gold ★" }, new { key = "silver", label = "Silver" }, new { key = "bronze", label = "Bronze" } },
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Gold ★", renamed.GetProperty("options")[0].GetProperty("label").GetString());
        Assert.Equal(3, renamed.GetProperty("options").GetArrayLength());
        var dropped = await (await client.SendAsync(HttpMethod.Patch, $"{Fields}/membershipLevel", new { options = new[] { new { key = "gold", label = "Gold" } } }))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["options"], dropped.ErrorFields());

        var duplicate = await client.PostAsJsonAsync(Fields, new { key = "shoeSize", name = "Again", type = "number" });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        var badKey = await (await client.PostAsJsonAsync(Fields, new { key = "Bad Key", name = "X", type = "text", options = new[] { new { key = "a", label = "A" } } }))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["key", "options"], badKey.ErrorFields().Order(StringComparer.Ordinal));
        var noOptions = await (await client.PostAsJsonAsync(Fields, new { key = "tier", name = "Tier", type = "choice" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["options"], noOptions.ErrorFields());
    }

    [Fact]
    public async Task DefinitionChanges_AreAudited_AndAnotherOrganisationSeesNone()
    {
        using var client = await TenantWithFieldsAsync();
        using var other = await factory.NewTenantAsync();

        var theirs = await (await other.GetAsync($"{Fields}?includeArchived=true")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, theirs.GetArrayLength());
        await (await other.GetAsync($"{Fields}/shoeSize")).JsonAsync(HttpStatusCode.NotFound);
        await (await other.DeleteAsync($"{Fields}/shoeSize")).JsonAsync(HttpStatusCode.NotFound);
        var refused = await (await other.PostAsJsonAsync("/api/v1/contacts", PersonWith(new { shoeSize = 42 }))).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["customFields.shoeSize"], refused.ErrorFields());
        // The same key is free in another organisation.
        await (await other.PostAsJsonAsync(Fields, new { key = "shoeSize", name = "Size", type = "text" })).JsonAsync(HttpStatusCode.Created);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ContactHub.Data.AppDbContext>();
        var entries = Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(db.AuditEntries)
            .Where(a => a.EntityType == "customFieldDefinition" && a.ContactId == null).ToList();
        Assert.Contains(entries, a => a.EntityId == "shoeSize" && a.Action == ContactHub.Audit.AuditAction.Created);
    }

    [Fact]
    public async Task List_FiltersByCustomValues_WithRangesForNumbersAndDates_AndNamesABadParameter()
    {
        using var client = await TenantWithFieldsAsync();
        var small = (await client.CreateContactAsync(PersonWith(new { shoeSize = 9, memberSince = "2019-05-01", vip = true, membershipLevel = "gold" }, "Small"))).Id();
        var large = (await client.CreateContactAsync(PersonWith(new { shoeSize = 10.5, memberSince = "2021-05-01", vip = false, membershipLevel = "silver" }, "Large"))).Id();
        await client.CreateContactAsync(ApiClientExtensions.Person("None"));

        Assert.Equal([small], await IdsAsync(client, "custom.membershipLevel=gold"));
        Assert.Equal([large], await IdsAsync(client, "custom.vip=false"));
        Assert.Equal([large], await IdsAsync(client, "custom.shoeSize=10.50"));
        // Numbers compare as numbers (as text, "10.5" < "9").
        Assert.Equal([large], await IdsAsync(client, "custom.shoeSize.min=10"));
        Assert.Equal([small], await IdsAsync(client, "custom.shoeSize.max=9.5"));
        Assert.Equal([small, large], await IdsAsync(client, "custom.memberSince.min=2019-01-01&custom.memberSince.max=2022-01-01"));
        Assert.Equal([large], await IdsAsync(client, "custom.memberSince.min=2020-01-01"));

        foreach (var (query, parameter) in new[]
        {
            ("custom.nothing=1", "custom.nothing"), ("custom.shoeSize=big", "custom.shoeSize"), ("custom.memberSince.min=01.01.2020", "custom.memberSince.min"),
            ("custom.membershipLevel=platinum", "custom.membershipLevel"), ("custom.vip.min=true", "custom.vip.min"),
        })
        {
            var problem = await (await client.GetAsync($"/api/v1/contacts?{query}")).JsonAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal([parameter], problem.ErrorFields());
        }
    }

    [Fact]
    public async Task FieldForOneKind_IsRefusedOnTheOther()
    {
        using var client = await TenantWithFieldsAsync();
        await (await client.PostAsJsonAsync(Fields, new { key = "vatGroup", name = "VAT group", type = "text", appliesTo = "companies" })).JsonAsync(HttpStatusCode.Created);

        var problem = await (await client.PostAsJsonAsync("/api/v1/contacts", PersonWith(new { vatGroup = "A" }))).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["customFields.vatGroup"], problem.ErrorFields());
        var company = await client.CreateContactAsync(new { kind = "company", companyName = "Acme", customFields = new { vatGroup = "A" } });
        Assert.Equal("A", company.GetProperty("customFields").GetProperty("vatGroup").GetString());
    }

    [Fact]
    public async Task Import_AcceptsCustomFields_AndRefusesRowsWithWrongValues()
    {
        using var client = await TenantWithFieldsAsync();
        var lines = string.Join('\n',
            """{"kind":"person","lastName":"One","customFields":{"shoeSize":41,"membershipLevel":"gold"}}""",
            """{"kind":"person","lastName":"Two","customFields":{"shoeSize":"big"}}""");

        var result = await (await client.PostAsync("/api/v1/imports", new StringContent(lines, System.Text.Encoding.UTF8, "application/x-ndjson"))).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(1, result.GetProperty("imported").GetInt32());
        Assert.Contains("customFields.shoeSize", result.GetProperty("errors")[0].GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Single(await IdsAsync(client, "custom.shoeSize=41"));
    }

    private async Task<HttpClient> TenantWithFieldsAsync()
    {
        var client = await factory.NewTenantAsync();
        object[] fields =
        [
            new { key = "membershipLevel", name = "Membership level", type = "choice", options = new[] { new { key = "gold", label = "Gold" }, new { key = "silver", label = "Silver" } }, visibility = new[] { "list", "detail" } },
            new { key = "shoeSize", name = "Shoe size", type = "number", appliesTo = "persons" },
            new { key = "memberSince", name = "Member since", type = "date" },
            new { key = "vip", name = "VIP", type = "boolean" },
            new { key = "nickname", name = "Nickname", type = "text" },
        ];
        foreach (var field in fields)
        {
            await (await client.PostAsJsonAsync(Fields, field)).JsonAsync(HttpStatusCode.Created);
        }

        return client;
    }

    private static object PersonWith(object customFields, string last = "Muster") => new { kind = "person", lastName = last, customFields };

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string query)
    {
        var page = await (await client.GetAsync($"/api/v1/contacts?{query}")).JsonAsync(HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.Id())];
    }
}
