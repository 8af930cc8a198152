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

    // The rule holds for contacts above the key's clearance too, but the refusal neither names nor counts them.
    [Fact]
    public async Task RuleChange_ByAFreeKey_NamesOnlyVisibleContacts_AndCountsNoHiddenOnes()
    {
        var clients = await factory.NewTenantWithKeysAsync("CH", "free", "confidential");
        using var free = clients[0];
        using var confidential = clients[1];
        var open = (await free.CreateContactAsync(new { kind = "person", lastName = "Open", idNumber = "1" })).Id();
        Guid[] hidden =
        [
            (await confidential.CreateContactAsync(new { kind = "person", lastName = "Hidden", idNumber = "1", confidentiality = "confidential" })).Id(),
            (await confidential.CreateContactAsync(new { kind = "person", lastName = "Hidden", idNumber = "2", confidentiality = "confidential" })).Id(),
            (await confidential.CreateContactAsync(new { kind = "person", lastName = "Hidden", idNumber = "2", confidentiality = "confidential" })).Id(),
        ];
        var rule = new { persons = new[] { new[] { "idNumber" } } };

        var response = await free.PutAsJsonAsync("/api/v1/definition/uniqueness", rule);
        var text = await response.Content.ReadAsStringAsync();
        var problem = await response.JsonAsync(HttpStatusCode.Conflict);

        var violation = Assert.Single(problem.GetProperty("violations").EnumerateArray());
        Assert.Equal([open], violation.GetProperty("contactIds").EnumerateArray().Select(i => i.GetGuid()));
        Assert.True(problem.GetProperty("contactsBeyondClearance").GetBoolean());
        Assert.All(hidden, id => Assert.DoesNotContain(id.ToString(), text, StringComparison.OrdinalIgnoreCase));
        // The confidential key is told about every clash.
        var all = await (await confidential.PutAsJsonAsync("/api/v1/definition/uniqueness", rule)).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(2, all.GetProperty("violations").GetArrayLength());
        Assert.False(all.GetProperty("contactsBeyondClearance").GetBoolean());
    }

    [Fact]
    public async Task RuleChange_ByAFreeKey_CountsOnlyVisibleContactsWithoutTheFields()
    {
        var clients = await factory.NewTenantWithKeysAsync("CH", "free", "confidential");
        using var free = clients[0];
        using var confidential = clients[1];
        await free.CreateContactAsync(new { kind = "person", lastName = "Open", idNumber = "1" });
        await confidential.CreateContactAsync(new { kind = "person", lastName = "Hidden", confidentiality = "confidential" });
        var rule = new { persons = new[] { new[] { "idNumber" } } };

        var saved = await (await free.PutAsJsonAsync("/api/v1/definition/uniqueness", rule)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, saved.GetProperty("contactsMissingFields").GetInt32());
        var again = await (await confidential.PutAsJsonAsync("/api/v1/definition/uniqueness", rule)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, again.GetProperty("contactsMissingFields").GetInt32());
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
