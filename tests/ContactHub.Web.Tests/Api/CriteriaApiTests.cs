using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContactHub.Web.Tests.Api;

/// <summary>Criteria (issue 22, item 4): definitions with managed choices, values on contacts, validation, audit and the list filter.</summary>
public sealed class CriteriaApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Criteria = "/api/v1/definition/criteria";

    [Fact]
    public async Task Values_AreSetOnCreate_ChangedByPatch_AndRecordedInTheHistory()
    {
        using var client = await TenantWithCriteriaAsync();
        var created = await client.CreateContactAsync(PersonWith(new Dictionary<string, string[]> { ["sector-interest"] = ["law", "energy"], ["segment"] = ["vip"] }));
        var id = created.Id();
        Assert.Equal(["energy", "law"], Choices(created, "sector-interest"));

        var patched = await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{id}",
            new { criteria = new Dictionary<string, string[]?> { ["sector-interest"] = ["law", "culture"], ["segment"] = null } }, "\"1\"")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(["law", "culture"], Choices(patched, "sector-interest"));
        Assert.False(patched.GetProperty("criteria").TryGetProperty("segment", out _));
        Assert.Equal(2, patched.GetProperty("version").GetInt64());
        var history = await (await client.GetAsync($"/api/v1/contacts/{id}/history")).JsonAsync(HttpStatusCode.OK);
        var entries = history.EnumerateArray().Where(e => e.GetProperty("entityType").GetString() == "criterion").ToList();
        Assert.Contains(entries, e => e.GetProperty("entityId").GetString() == "sector-interest" && e.GetProperty("action").GetString() == "deleted"
            && e.GetProperty("changes")[0].GetProperty("old").GetString() == "energy");
        Assert.Contains(entries, e => e.GetProperty("entityId").GetString() == "sector-interest" && e.GetProperty("action").GetString() == "created"
            && e.GetProperty("changes")[0].GetProperty("new").GetString() == "culture");
        Assert.Contains(entries, e => e.GetProperty("entityId").GetString() == "segment" && e.GetProperty("action").GetString() == "deleted");
    }

    [Theory]
    [InlineData("segment", "[\"vip\",\"regular\"]")]
    [InlineData("segment", "[\"gold\"]")]
    [InlineData("unknown", "[\"vip\"]")]
    [InlineData("company-size", "[\"small\"]")]
    [InlineData("sector-interest", "[\"retired\"]")]
    public async Task WrongValue_Is422NamingTheCriterion_AndNothingIsWritten(string key, string json)
    {
        using var client = await TenantWithCriteriaAsync();
        await (await client.DeleteAsync($"{Criteria}/sector-interest/choices/retired")).JsonAsync(HttpStatusCode.OK);
        var body = $$$"""{"kind":"person","lastName":"Wrong","criteria":{"{{{key}}}":{{{json}}}}}""";

        var problem = await (await client.PostAsync("/api/v1/contacts", new StringContent(body, System.Text.Encoding.UTF8, "application/json")))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["criteria." + key], problem.ErrorFields());
        var list = await (await client.GetAsync("/api/v1/contacts")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task ArchivedChoice_StaysOnTheContact_IsNotOfferedToOthers_AndRestoreOffersItAgain()
    {
        using var client = await TenantWithCriteriaAsync();
        var holder = await client.CreateContactAsync(PersonWith(new Dictionary<string, string[]> { ["sector-interest"] = ["retired"] }));

        var archived = await (await client.DeleteAsync($"{Criteria}/sector-interest/choices/retired")).JsonAsync(HttpStatusCode.OK);
        Assert.True(archived.GetProperty("choices").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "retired").GetProperty("isArchived").GetBoolean());

        // The holder keeps it, also through a change that names it again.
        var kept = await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{holder.Id()}",
            new { criteria = new Dictionary<string, string[]> { ["sector-interest"] = ["retired", "law"] } }, "\"1\"")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["law", "retired"], Choices(kept, "sector-interest"));
        await (await client.PostAsJsonAsync("/api/v1/contacts", PersonWith(new Dictionary<string, string[]> { ["sector-interest"] = ["retired"] }, "Other")))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);

        await (await client.PostAsync($"{Criteria}/sector-interest/choices/retired/restore", null)).JsonAsync(HttpStatusCode.OK);
        await client.CreateContactAsync(PersonWith(new Dictionary<string, string[]> { ["sector-interest"] = ["retired"] }, "Other"));
    }

    [Fact]
    public async Task Choices_AreReordered_CannotBeRemoved_AndKeyKindAndMultiplicityAreFixed()
    {
        using var client = await TenantWithCriteriaAsync();

        var reordered = await (await client.PutAsJsonAsync($"{Criteria}/sector-interest/choices/order", new { keys = new[] { "retired", "law", "energy", "culture" } }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["retired", "law", "energy", "culture"], reordered.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("key").GetString()));
        var incomplete = await (await client.PutAsJsonAsync($"{Criteria}/sector-interest/choices/order", new { keys = new[] { "law" } })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["keys"], incomplete.ErrorFields());

        var dropped = await (await client.SendAsync(HttpMethod.Patch, $"{Criteria}/segment", new { choices = new[] { new { key = "vip", label = "VIP" } } }))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["choices"], dropped.ErrorFields());
        var fixedParts = await (await client.SendAsync(HttpMethod.Patch, $"{Criteria}/segment", new { multiple = true, appliesTo = "companies" }))
            .JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["appliesTo", "multiple"], fixedParts.ErrorFields().Order());

        var renamed = await (await client.SendAsync(HttpMethod.Patch, $"{Criteria}/segment",
            new { name = "Customer segment", choices = new[] { new { key = "vip", label = "Very important" }, new { key = "regular", label = "Regular" }, new { key = "new", label = "New" } } }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Customer segment", renamed.GetProperty("name").GetString());
        Assert.Equal(3, renamed.GetProperty("choices").GetArrayLength());
        var duplicate = await (await client.PostAsJsonAsync(Criteria, new { key = "segment", name = "Again", choices = new[] { new { key = "a", label = "A" } } })).JsonAsync(HttpStatusCode.Conflict);
        Assert.EndsWith("criterion-exists", duplicate.GetProperty("type").GetString());
    }

    [Fact]
    public async Task ListFilter_FindsContactsHoldingAChoice_AndRefusesUnknownCriteriaByName()
    {
        using var client = await TenantWithCriteriaAsync();
        var energy = (await client.CreateContactAsync(PersonWith(new Dictionary<string, string[]> { ["sector-interest"] = ["energy", "law"] }, "Energy"))).Id();
        var law = (await client.CreateContactAsync(PersonWith(new Dictionary<string, string[]> { ["sector-interest"] = ["law"], ["segment"] = ["vip"] }, "Law"))).Id();
        await client.CreateContactAsync(ApiClientExtensions.Person("None"));

        Assert.Equal([energy], await IdsAsync(client, "criterion.sector-interest=energy"));
        Assert.Equal([energy, law], (await IdsAsync(client, "criterion.sector-interest=law")).Order());
        Assert.Equal([law], await IdsAsync(client, "criterion.sector-interest=law&criterion.segment=vip"));

        var unknown = await (await client.GetAsync("/api/v1/contacts?criterion.nothing=x")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["criterion.nothing"], unknown.ErrorFields());
        var wrongChoice = await (await client.GetAsync("/api/v1/contacts?criterion.segment=gold")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["criterion.segment"], wrongChoice.ErrorFields());
    }

    [Fact]
    public async Task ArchivedCriterion_IsHiddenAndRefused_AndRestoreBringsTheValuesBack()
    {
        using var client = await TenantWithCriteriaAsync();
        var id = (await client.CreateContactAsync(PersonWith(new Dictionary<string, string[]> { ["segment"] = ["vip"] }))).Id();

        await (await client.DeleteAsync($"{Criteria}/segment")).JsonAsync(HttpStatusCode.OK);
        var read = await (await client.GetAsync($"/api/v1/contacts/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.False(read.GetProperty("criteria").TryGetProperty("segment", out _));
        var active = await (await client.GetAsync(Criteria)).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(active.EnumerateArray(), c => c.GetProperty("key").GetString() == "segment");

        await (await client.PostAsync($"{Criteria}/segment/restore", null)).JsonAsync(HttpStatusCode.OK);
        var restored = await (await client.GetAsync($"/api/v1/contacts/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["vip"], Choices(restored, "segment"));
    }

    private async Task<HttpClient> TenantWithCriteriaAsync()
    {
        var client = await factory.NewTenantAsync();
        object[] criteria =
        [
            new
            {
                key = "sector-interest", name = "Sector of interest", multiple = true,
                choices = new[] { new { key = "energy", label = "Energy" }, new { key = "law", label = "Law" }, new { key = "culture", label = "Culture" }, new { key = "retired", label = "Retired" } },
            },
            new { key = "segment", name = "Segment", appliesTo = "persons", choices = new[] { new { key = "vip", label = "VIP" }, new { key = "regular", label = "Regular" } } },
            new { key = "company-size", name = "Company size", appliesTo = "companies", choices = new[] { new { key = "small", label = "Small" } } },
        ];
        foreach (var criterion in criteria)
        {
            await (await client.PostAsJsonAsync(Criteria, criterion)).JsonAsync(HttpStatusCode.Created);
        }

        return client;
    }

    private static object PersonWith(Dictionary<string, string[]> criteria, string last = "Muster") => new { kind = "person", lastName = last, criteria };

    private static IEnumerable<string?> Choices(JsonElement contact, string key) =>
        contact.GetProperty("criteria").GetProperty(key).EnumerateArray().Select(c => c.GetString());

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string query)
    {
        var page = await (await client.GetAsync($"/api/v1/contacts?{query}")).JsonAsync(HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.Id())];
    }
}
