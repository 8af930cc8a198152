using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ContactHub.Web.Tests.Api;

/// <summary>Seed 003's contact persons (no required field, Draft, named by e-mail or phone) and seed 001's fields still missing.</summary>
public sealed class ContactPersonsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Create_PersonWithOnlyAnEmail_IsADraftNamedByTheEmail()
    {
        using var client = await factory.NewTenantAsync();
        var contact = await client.CreateContactAsync(new { kind = "person", emails = new[] { new { type = "work", address = "anna@example.com" } } });

        Assert.Equal("anna@example.com", contact.GetProperty("displayName").GetString());
        Assert.Equal("draft", contact.GetProperty("status").GetString());
        var list = await (await client.GetAsync("/api/v1/contacts")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("anna@example.com", list.GetProperty("items")[0].GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Create_PersonWithOnlyAPhone_IsNamedByThePhoneInInternationalNotation()
    {
        using var client = await factory.NewTenantAsync();
        var contact = await client.CreateContactAsync(new { kind = "person", phones = new[] { new { type = "mobile", number = "079 123 45 67" } } });

        Assert.Equal("+41 79 123 45 67", contact.GetProperty("displayName").GetString());
        Assert.Equal("draft", contact.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Patch_ClearingTheNameOfAPersonWithAnEmail_KeepsItNamedByTheEmail()
    {
        using var client = await factory.NewTenantAsync();
        var id = (await client.CreateContactAsync(ApiClientExtensions.Person("Anna", "Muster"))).Id();
        var patched = await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{id}", new { firstName = (string?)null, lastName = (string?)null }, "\"1\"")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("anna@example.com", patched.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Create_PersonWithIndustryAndDataOrigin_StoresThemAndDerivesTheSector()
    {
        using var client = await factory.NewTenantAsync();
        var contact = await client.CreateContactAsync(new { kind = "person", lastName = "Muster", industry = "law", dataOrigin = "business-card" });

        Assert.Equal(("law", "services", "business-card"),
            (contact.GetProperty("industry").GetString(), contact.GetProperty("sector").GetString(), contact.GetProperty("dataOrigin").GetString()));
        var cleared = await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{contact.Id()}", new { dataOrigin = (string?)null }, "\"1\"")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("dataOrigin").ValueKind);
        Assert.Equal("law", cleared.GetProperty("industry").GetString());
    }

    [Theory]
    [InlineData("""{"kind":"person","lastName":"A","dataOrigin":"carrier-pigeon"}""", "dataOrigin")]
    [InlineData("""{"kind":"company","companyName":"A","profileYear":1700}""", "profileYear")]
    [InlineData("""{"kind":"company","companyName":"A","profileYear":3000}""", "profileYear")]
    [InlineData("""{"kind":"person","lastName":"A","profileYear":2024}""", "profileYear")]
    public async Task Create_BadNewField_IsAProblemNamingTheField(string json, string field)
    {
        using var client = await factory.NewTenantAsync();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var problem = await (await client.PostAsync("/api/v1/contacts", content)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(field, problem.ErrorFields());
    }

    [Fact]
    public async Task Company_ProfileYear_IsStoredAndPatched()
    {
        using var client = await factory.NewTenantAsync();
        var contact = await client.CreateContactAsync(new { kind = "company", companyName = "Muster AG", profileYear = 2024 });
        Assert.Equal(2024, contact.GetProperty("profileYear").GetInt32());

        var patched = await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{contact.Id()}", new { profileYear = 2025 }, "\"1\"")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2025, patched.GetProperty("profileYear").GetInt32());
    }

    [Fact]
    public async Task DataOrigins_AreAManagedListThatArchivesAndRestores()
    {
        using var client = await factory.NewTenantAsync();
        var list = await (await client.GetAsync("/api/v1/definition/lists/data-origins")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["email", "business-card", "database", "internet"], list.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("key").GetString()));

        await (await client.PutAsJsonAsync("/api/v1/definition/lists/data-origins", new { entries = new[] { new { key = "email", name = "E-mail" } } })).JsonAsync(HttpStatusCode.OK);
        using var refused = new StringContent("""{"kind":"person","lastName":"A","dataOrigin":"internet"}""", Encoding.UTF8, "application/json");
        await (await client.PostAsync("/api/v1/contacts", refused)).JsonAsync(HttpStatusCode.UnprocessableEntity);

        await (await client.PutAsJsonAsync("/api/v1/definition/lists/data-origins", new { entries = new[] { new { key = "email", name = "E-mail" }, new { key = "internet", name = "Internet" } } })).JsonAsync(HttpStatusCode.OK);
        await client.CreateContactAsync(new { kind = "person", lastName = "A", dataOrigin = "internet" });
    }

    [Fact]
    public async Task DefaultLanguage_IsSetValidatedAndPartOfTheDefinition()
    {
        using var client = await factory.NewTenantAsync();
        var set = await (await client.PutAsJsonAsync("/api/v1/definition/default-language", new { language = "de-ch" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("de-CH", set.GetProperty("language").GetString());
        var problem = await (await client.PutAsJsonAsync("/api/v1/definition/default-language", new { language = "not a language" })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("language", problem.ErrorFields());

        var definition = await (await client.GetAsync("/api/v1/definition")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("de-CH", definition.GetProperty("defaultLanguage").GetString());
    }

    [Fact]
    public async Task DefaultLanguage_ChoosesTheConsentTextOfAContactWithoutLanguage()
    {
        using var client = await factory.NewTenantAsync();
        await (await client.PostAsJsonAsync("/api/v1/definition/consent-purposes/direct-marketing/texts", new { language = "de", text = "Ich bin einverstanden." })).JsonAsync(HttpStatusCode.Created);
        await (await client.SendAsync(HttpMethod.Patch, "/api/v1/definition/consent-purposes/direct-marketing", new { grantedByDefault = true })).JsonAsync(HttpStatusCode.OK);
        await (await client.PutAsJsonAsync("/api/v1/definition/default-language", new { language = "de" })).JsonAsync(HttpStatusCode.OK);
        var purposes = await (await client.GetAsync("/api/v1/definition/consent-purposes")).JsonAsync(HttpStatusCode.OK);
        var german = purposes.EnumerateArray().Single(p => p.GetProperty("key").GetString() == "direct-marketing")
            .GetProperty("texts").EnumerateArray().Single(t => t.GetProperty("language").GetString() == "de").Id();
        var english = purposes.EnumerateArray().Single(p => p.GetProperty("key").GetString() == "direct-marketing")
            .GetProperty("texts").EnumerateArray().Single(t => t.GetProperty("language").GetString() == "en").Id();

        var withoutLanguage = await client.CreateContactAsync(new { kind = "person", lastName = "Muster" });
        var english1 = await client.CreateContactAsync(new { kind = "person", lastName = "Smith", preferredLanguage = "en" });

        Assert.Equal(german, await GrantedTextAsync(client, withoutLanguage.Id()));
        Assert.Equal(english, await GrantedTextAsync(client, english1.Id()));
    }

    [Fact]
    public async Task Create_WithCompaniesAndConsents_BindsAndRecordsThemInOneCall()
    {
        using var client = await factory.NewTenantAsync();
        var company = (await client.CreateContactAsync(new { kind = "company", companyName = "Muster AG" })).Id();
        var textId = await DirectMarketingTextAsync(client);

        var person = await client.CreateContactAsync(new
        {
            kind = "person", lastName = "Muster",
            companies = new[] { new { companyId = company, role = "Buyer" } },
            consents = new[] { new { purpose = "direct-marketing", textId } },
        });

        Assert.Equal("Buyer", person.GetProperty("companies")[0].GetProperty("role").GetString());
        Assert.Equal("granted", person.GetProperty("consents").GetProperty("directMarketing").GetString());
        Assert.Equal(textId, await GrantedTextAsync(client, person.Id()));
    }

    [Fact]
    public async Task Create_WithAnUnknownCompanyOrText_WritesNothing_AndNamesTheRows()
    {
        using var client = await factory.NewTenantAsync();
        var problem = await (await client.PostAsJsonAsync("/api/v1/contacts", new
        {
            kind = "person", lastName = "Muster",
            companies = new[] { new { companyId = Guid.NewGuid(), role = "Buyer" } },
            consents = new[] { new { purpose = "direct-marketing", textId = Guid.NewGuid() } },
        })).JsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Contains("companies[0].companyId", problem.ErrorFields());
        Assert.Contains("consents[0].textId", problem.ErrorFields());
        var list = await (await client.GetAsync("/api/v1/contacts")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Import_RowWithCompanies_IsRefused()
    {
        using var client = await factory.NewTenantAsync();
        var body = $$"""{"kind":"person","lastName":"Muster","companies":[{"companyId":"{{Guid.NewGuid()}}"}]}""";

        var result = await (await client.PostAsync("/api/v1/imports", new StringContent(body, Encoding.UTF8, "application/x-ndjson"))).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(1, result.GetProperty("rejected").GetInt32());
        Assert.True(result.GetProperty("errors")[0].GetProperty("errors").TryGetProperty("companies", out _));
    }

    private static async Task<Guid> DirectMarketingTextAsync(HttpClient client)
    {
        var purposes = await (await client.GetAsync("/api/v1/definition/consent-purposes")).JsonAsync(HttpStatusCode.OK);
        return purposes.EnumerateArray().Single(p => p.GetProperty("key").GetString() == "direct-marketing").GetProperty("texts")[0].Id();
    }

    private static async Task<Guid> GrantedTextAsync(HttpClient client, Guid contactId)
    {
        var events = await (await client.GetAsync($"/api/v1/contacts/{contactId}/consents/history")).JsonAsync(HttpStatusCode.OK);
        return events.EnumerateArray().Single().GetProperty("textId").GetGuid();
    }
}
