using System.Net;
using System.Net.Http.Json;

namespace ContactHub.Web.Tests.Api;

public sealed class UniquenessTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly object PersonRule = new
    {
        persons = new[] { new[] { "lastName", "idNumber" }, new[] { "socialSecurityNumber" } },
        companies = new[] { new[] { "vatNumber" } },
    };

    [Fact]
    public async Task Duplicate_IsA409NamingTheRuleAndTheExistingContact()
    {
        using var client = await factory.NewTenantAsync(maySeeIdentityDocuments: true);
        await (await client.PutAsJsonAsync("/api/v1/definition/uniqueness", PersonRule)).JsonAsync(HttpStatusCode.OK);
        var first = (await client.CreateContactAsync(new { kind = "person", lastName = "Müller", idNumber = "X 123", socialSecurityNumber = "756.1" })).Id();

        var clash = await (await client.PostAsJsonAsync("/api/v1/contacts", new { kind = "person", lastName = "  MULLER ", idNumber = "x 123", socialSecurityNumber = "756.2" })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("(idNumber AND lastName)", clash.GetProperty("rule").GetString());
        Assert.Equal(first, clash.GetProperty("existingContactIds")[0].GetGuid());

        // The fields of the rule are mandatory.
        var missing = await (await client.PostAsJsonAsync("/api/v1/contacts", new { kind = "person", lastName = "Meier" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["idNumber", "socialSecurityNumber"], missing.ErrorFields().Order(StringComparer.Ordinal));

        // A change that would clash is refused too, and nothing is written.
        var second = (await client.CreateContactAsync(new { kind = "person", lastName = "Meier", idNumber = "Y 1", socialSecurityNumber = "756.3" })).Id();
        await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{second}", new { socialSecurityNumber = "756.1" }, "\"1\"")).JsonAsync(HttpStatusCode.Conflict);
        var unchanged = await (await client.GetAsync($"/api/v1/contacts/{second}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("756.3", unchanged.GetProperty("socialSecurityNumber").GetString());

        // Companies follow their own rule.
        await client.CreateContactAsync(new { kind = "company", companyName = "A AG", vatNumber = "CHE-1" });
        await (await client.PostAsJsonAsync("/api/v1/contacts", new { kind = "company", companyName = "B AG", vatNumber = "che-1" })).JsonAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task EmailRule_AppliesToContactPointChanges()
    {
        using var client = await factory.NewTenantAsync();
        await (await client.PutAsJsonAsync("/api/v1/definition/uniqueness", new { persons = new[] { new[] { "email" } }, companies = Array.Empty<string[]>() })).JsonAsync(HttpStatusCode.OK);
        await client.CreateContactAsync(new { kind = "person", lastName = "A", emails = new[] { new { type = "work", address = "anna@example.com" } } });
        var other = (await client.CreateContactAsync(new { kind = "person", lastName = "B", emails = new[] { new { type = "work", address = "ben@example.com" } } })).Id();
        await (await client.PostAsJsonAsync($"/api/v1/contacts/{other}/emails", new { type = "private", address = "ANNA@example.com" })).JsonAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task RuleChange_ListsExistingViolations_AndChangesNothing()
    {
        using var client = await factory.NewTenantAsync();
        var a = (await client.CreateContactAsync(new { kind = "person", lastName = "Twin", idNumber = "1" })).Id();
        var b = (await client.CreateContactAsync(new { kind = "person", lastName = "twin", idNumber = "1" })).Id();

        var problem = await (await client.PutAsJsonAsync("/api/v1/definition/uniqueness", new { persons = new[] { new[] { "lastName", "idNumber" } } })).JsonAsync(HttpStatusCode.Conflict);
        var violation = Assert.Single(problem.GetProperty("violations").EnumerateArray());
        Assert.Equal([a, b], violation.GetProperty("contactIds").EnumerateArray().Select(i => i.GetGuid()).Order());
        var rules = await (await client.GetAsync("/api/v1/definition/uniqueness")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, rules.GetProperty("persons").GetArrayLength());
    }

    [Theory]
    [InlineData("{\"persons\":[[\"shoeSize\"]]}", "persons[0]")]
    [InlineData("{\"persons\":[[]]}", "persons[0]")]
    [InlineData("{\"companies\":[[\"lastName\"]]}", "companies[0]")]
    public async Task MalformedRule_IsRefused(string json, string field)
    {
        using var client = await factory.NewTenantAsync();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var problem = await (await client.PutAsync("/api/v1/definition/uniqueness", content)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(field, problem.ErrorFields());
    }
}
