using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ContactHub.Web.Tests.Api;

/// <summary>Seed 001's privacy-level assignment rules: they raise a contact's confidentiality on create, update and import, audited as the rule's change.</summary>
public sealed class PrivacyLevelRulesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Create_WithARuleCategory_IsRaised_AndTheRuleIsTheSourceOfThatChange()
    {
        var client = (await factory.NewTenantWithKeysAsync("CH", "confidential"))[0];
        var ruleId = await VipIsConfidentialAsync(client);

        var contact = await client.CreateContactAsync(new { kind = "person", lastName = "Muster", categories = new[] { "VIP" } });

        Assert.Equal("confidential", contact.GetProperty("confidentiality").GetString());
        var history = await (await client.GetAsync($"/api/v1/contacts/{contact.Id()}/history")).JsonAsync(HttpStatusCode.OK);
        var raise = history.EnumerateArray().Single(e => e.GetProperty("source").GetString() == $"rule:privacy-level:{ruleId}");
        var change = raise.GetProperty("changes").EnumerateArray().Single();
        Assert.Equal(("confidentiality", "free", "confidential"), (change.GetProperty("field").GetString(), change.GetProperty("old").GetString(), change.GetProperty("new").GetString()));
        Assert.Equal("system", raise.GetProperty("actorKind").GetString());
    }

    [Fact]
    public async Task Update_AddingTheCategory_RaisesTheLevel_AndAKindRuleMatchesEveryContactOfThatKind()
    {
        var client = (await factory.NewTenantWithKeysAsync("CH", "confidential"))[0];
        await (await client.PutAsJsonAsync("/api/v1/definition/privacy-levels", new
        {
            rules = new object[] { new { category = "VIP", level = "confidential" }, new { kind = "company", level = "restricted" } },
        })).JsonAsync(HttpStatusCode.OK);
        var person = await client.CreateContactAsync(new { kind = "person", lastName = "Muster" });
        Assert.Equal("free", person.GetProperty("confidentiality").GetString());

        var patched = await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{person.Id()}", new { categories = new[] { "VIP" } }, "\"1\"")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("confidential", patched.GetProperty("confidentiality").GetString());
        var company = await client.CreateContactAsync(new { kind = "company", companyName = "Muster AG" });
        Assert.Equal("restricted", company.GetProperty("confidentiality").GetString());
    }

    [Fact]
    public async Task ARule_NeverLowersALevelSetHigher()
    {
        var client = (await factory.NewTenantWithKeysAsync("CH", "confidential"))[0];
        await (await client.PutAsJsonAsync("/api/v1/definition/privacy-levels", new { rules = new[] { new { category = "VIP", level = "restricted" } } })).JsonAsync(HttpStatusCode.OK);

        var contact = await client.CreateContactAsync(new { kind = "person", lastName = "Muster", categories = new[] { "VIP" }, confidentiality = "confidential" });

        Assert.Equal("confidential", contact.GetProperty("confidentiality").GetString());
        var history = await (await client.GetAsync($"/api/v1/contacts/{contact.Id()}/history")).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(history.EnumerateArray(), e => e.GetProperty("source").GetString()!.StartsWith("rule:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARaiseAboveTheCallersClearance_IsRefused()
    {
        using var client = await factory.NewTenantAsync();
        await VipIsConfidentialAsync(client);

        var problem = await (await client.PostAsJsonAsync("/api/v1/contacts", new { kind = "person", lastName = "Muster", categories = new[] { "VIP" } })).JsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("confidentiality", problem.ErrorFields());
        var list = await (await client.GetAsync("/api/v1/contacts")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Import_AppliesTheRules_AuditedAsTheRulesChange()
    {
        var client = (await factory.NewTenantWithKeysAsync("CH", "confidential"))[0];
        var ruleId = await VipIsConfidentialAsync(client);
        var body = string.Join('\n', """{"kind":"person","lastName":"Vip","categories":["VIP"]}""", """{"kind":"person","lastName":"Plain"}""");

        await (await client.PostAsync("/api/v1/imports", new StringContent(body, Encoding.UTF8, "application/x-ndjson"))).JsonAsync(HttpStatusCode.OK);

        var list = await (await client.GetAsync("/api/v1/contacts")).JsonAsync(HttpStatusCode.OK);
        var levels = list.GetProperty("items").EnumerateArray().ToDictionary(c => c.GetProperty("displayName").GetString()!, c => c.GetProperty("confidentiality").GetString());
        Assert.Equal(("confidential", "free"), (levels["Vip"], levels["Plain"]));
        var vip = list.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("displayName").GetString() == "Vip").Id();
        var history = await (await client.GetAsync($"/api/v1/contacts/{vip}/history")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(history.EnumerateArray(), e => e.GetProperty("source").GetString() == $"rule:privacy-level:{ruleId}");
    }

    [Theory]
    [InlineData("""{"rules":[{"level":"confidential"}]}""", "rules[0].category")]
    [InlineData("""{"rules":[{"category":"Nobody","level":"confidential"}]}""", "rules[0].category")]
    [InlineData("""{"rules":[{"category":"VIP","level":"free"}]}""", "rules[0].level")]
    [InlineData("""{}""", "rules")]
    public async Task Replace_BadRule_IsAProblemNamingTheField(string json, string field)
    {
        using var client = await factory.NewTenantAsync();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var problem = await (await client.PutAsync("/api/v1/definition/privacy-levels", content)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(field, problem.ErrorFields());
    }

    private static async Task<Guid> VipIsConfidentialAsync(HttpClient client)
    {
        var rules = await (await client.PutAsJsonAsync("/api/v1/definition/privacy-levels", new { rules = new[] { new { category = "VIP", level = "confidential" } } })).JsonAsync(HttpStatusCode.OK);
        var read = await (await client.GetAsync("/api/v1/definition/privacy-levels")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(rules.GetProperty("rules")[0].Id(), read.GetProperty("rules")[0].Id());
        return rules.GetProperty("rules")[0].Id();
    }
}
