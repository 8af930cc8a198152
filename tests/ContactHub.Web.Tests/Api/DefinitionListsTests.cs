using System.Net;
using System.Net.Http.Json;

namespace ContactHub.Web.Tests.Api;

/// <summary>The managed lists of the definition (types, categories, industries and sectors) and the whole-definition document.</summary>
public sealed class DefinitionListsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Lists_StartWithTheDefaults()
    {
        using var client = await factory.NewTenantAsync();
        var lists = await (await client.GetAsync("/api/v1/definition/lists")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["email-types", "phone-types", "address-types", "relation-types", "categories", "sectors", "industries", "accessibility-needs", "data-origins"], lists.EnumerateArray().Select(l => l.GetProperty("list").GetString()));
        var industries = await (await client.GetAsync("/api/v1/definition/lists/industries")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(industries.GetProperty("entries").EnumerateArray(), e => e.GetProperty("key").GetString() == "energy" && e.GetProperty("sector").GetString() == "industrial");
        await (await client.GetAsync("/api/v1/definition/lists/colours")).JsonAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ContactPointType_OutsideTheList_IsRefused_AndNothingIsWritten()
    {
        using var client = await factory.NewTenantAsync();
        await (await client.PutAsJsonAsync("/api/v1/definition/lists/email-types", new { entries = new[] { new { key = "work", name = "Work" }, new { key = "newsletter", name = "Newsletter only" } } }))
            .JsonAsync(HttpStatusCode.OK);

        var problem = await (await client.PostAsJsonAsync("/api/v1/contacts", new
        {
            kind = "person", lastName = "Typed",
            emails = new[] { new { type = "work", address = "a@example.com" }, new { type = "private", address = "b@example.com" } },
        })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["emails[1].type"], problem.ErrorFields());
        var none = await (await client.GetAsync("/api/v1/contacts?name=typed")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, none.GetProperty("items").GetArrayLength());

        var created = await client.CreateContactAsync(new { kind = "person", lastName = "Typed", emails = new[] { new { type = "NEWSLETTER", address = "a@example.com" } } });
        Assert.Equal("newsletter", created.GetProperty("emails")[0].GetProperty("type").GetString());
        var phone = await (await client.PostAsJsonAsync($"/api/v1/contacts/{created.Id()}/phones", new { type = "pager", number = "+41 44 668 18 00" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["type"], phone.ErrorFields());
    }

    [Fact]
    public async Task RemovingAnEntry_ArchivesIt_ContactsKeepTheirValue()
    {
        using var client = await factory.NewTenantAsync();
        var contact = await client.CreateContactAsync(new { kind = "person", lastName = "Kept", categories = new[] { "press" }, phones = new[] { new { type = "fax", number = "+41 44 668 18 00" } } });
        Assert.Equal(["Press"], contact.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));

        var phones = await (await client.PutAsJsonAsync("/api/v1/definition/lists/phone-types", new { entries = new[] { new { key = "mobile", name = "Mobile" } } })).JsonAsync(HttpStatusCode.OK);
        Assert.Contains("fax", phones.GetProperty("archivedNow").EnumerateArray().Select(k => k.GetString()));
        Assert.Contains(phones.GetProperty("entries").EnumerateArray(), e => e.GetProperty("key").GetString() == "fax" && e.GetProperty("archived").GetBoolean());
        await (await client.PutAsJsonAsync("/api/v1/definition/lists/categories", new { entries = new[] { new { key = "VIP", name = "Very important" } } })).JsonAsync(HttpStatusCode.OK);

        var read = await (await client.GetAsync($"/api/v1/contacts/{contact.Id()}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("fax", read.GetProperty("phones")[0].GetProperty("type").GetString());
        // Changing another field keeps the archived category; adding one that is archived is refused.
        var response = await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{contact.Id()}", new { categories = new[] { "Press", "VIP" } }, "\"1\"");
        Assert.Equal(["Press", "VIP"], (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        var other = await (await client.PostAsJsonAsync("/api/v1/contacts", new { kind = "person", lastName = "New", categories = new[] { "Press" } })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["categories"], other.ErrorFields());

        var history = await (await client.GetAsync("/api/v1/definition/history")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("entityType").GetString() == "listEntry" && h.GetProperty("entityId").GetString() == "phone-types/fax");
    }

    [Fact]
    public async Task Industry_SetsItsSector_AndAMismatchIsRefused()
    {
        using var client = await factory.NewTenantAsync();
        var company = await client.CreateContactAsync(new { kind = "company", companyName = "Power AG", industry = "Energy" });
        Assert.Equal("energy", company.GetProperty("industry").GetString());
        Assert.Equal("industrial", company.GetProperty("sector").GetString());

        var problem = await (await client.PostAsJsonAsync("/api/v1/contacts", new { kind = "company", companyName = "Bank AG", industry = "banking", sector = "services" }))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["sector"], problem.ErrorFields());
        var unknown = await (await client.PostAsJsonAsync("/api/v1/contacts", new { kind = "company", companyName = "Toy AG", industry = "toys" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["industry"], unknown.ErrorFields());
    }

    [Fact]
    public async Task MalformedList_NamesTheEntry_AndChangesNothing()
    {
        using var client = await factory.NewTenantAsync();
        var problem = await (await client.PutAsJsonAsync("/api/v1/definition/lists/industries", new
        {
            entries = new object[] { new { key = "Not a Token", name = "X", sector = "services" }, new { key = "robots", name = "Robots" }, new { key = "shipping", name = "Shipping", sector = "oceans" } },
        })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("entries[0].key", problem.ErrorFields());
        Assert.Contains("entries[1].sector", problem.ErrorFields());

        var sectors = await (await client.PutAsJsonAsync("/api/v1/definition/lists/sectors", new { entries = new[] { new { key = "services", name = "Services" } } })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(sectors.GetProperty("errors").GetProperty("entries").EnumerateArray(), m => m.GetString()!.Contains("'energy'", StringComparison.Ordinal));
        var industries = await (await client.GetAsync("/api/v1/definition/lists/industries")).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(industries.GetProperty("entries").EnumerateArray(), e => e.GetProperty("key").GetString() == "robots");
    }

    [Fact]
    public async Task RelationType_ComesFromTheList()
    {
        using var client = await factory.NewTenantAsync();
        var a = (await client.CreateContactAsync(ApiClientExtensions.Person("A"))).Id();
        var b = (await client.CreateContactAsync(ApiClientExtensions.Person("B"))).Id();
        var problem = await (await client.PostAsJsonAsync($"/api/v1/contacts/{a}/relations", new { relatedContactId = b, type = "nemesis" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["type"], problem.ErrorFields());
        await (await client.PostAsJsonAsync($"/api/v1/contacts/{a}/relations", new { relatedContactId = b, type = "Colleague" })).JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task WholeDefinition_ReadsEveryPart_AndAFaultyReplaceChangesNothing()
    {
        using var client = await factory.NewTenantAsync();
        var definition = await (await client.GetAsync("/api/v1/definition")).JsonAsync(HttpStatusCode.OK);
        foreach (var part in new[] { "nameRule", "completeness", "uniqueness", "channels", "lists", "consentPurposes", "notificationTypes" })
        {
            Assert.True(definition.TryGetProperty(part, out _), part);
        }

        var problem = await (await client.PutAsJsonAsync("/api/v1/definition", new
        {
            nameRule = "lastFirstMiddle",
            completeness = new { persons = new[] { "lastName", "shoeSize" }, companies = new[] { "companyName" } },
            uniqueness = new { persons = new[] { Array.Empty<string>() }, companies = Array.Empty<string[]>() },
            lists = new Dictionary<string, object> { ["emailTypes"] = new[] { new { key = "work" } }, ["colours"] = Array.Empty<object>() },
        })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("completeness.persons", problem.ErrorFields());
        Assert.Contains("lists.colours", problem.ErrorFields());

        var after = await (await client.GetAsync("/api/v1/definition")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("firstMiddleLast", after.GetProperty("nameRule").GetString());
        Assert.True(after.GetProperty("lists").GetProperty("emailTypes").GetArrayLength() > 1);

        var replaced = await (await client.PutAsJsonAsync("/api/v1/definition", new
        {
            nameRule = "lastFirstMiddle",
            completeness = new { persons = new[] { "lastName", "email" }, companies = new[] { "companyName" } },
            uniqueness = new { persons = new[] { new[] { "email" } }, companies = Array.Empty<string[]>() },
            lists = new Dictionary<string, object> { ["emailTypes"] = new[] { new { key = "work", name = "Work" } } },
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("lastFirstMiddle", replaced.GetProperty("nameRule").GetString());
        Assert.Equal(["lastName", "email"], replaced.GetProperty("completeness").GetProperty("persons").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("email", replaced.GetProperty("uniqueness").GetProperty("persons")[0][0].GetString());
        Assert.Equal(1, replaced.GetProperty("lists").GetProperty("emailTypes").EnumerateArray().Count(e => !e.GetProperty("archived").GetBoolean()));
    }
}
