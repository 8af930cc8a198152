using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContactHub.Web.Tests.Api;

public sealed class ContactsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Create_Person_ReturnsCreatedWithETagLocationAndNormalisedParts()
    {
        using var client = await factory.NewTenantAsync();
        var response = await client.PostAsJsonAsync("/api/v1/contacts", new
        {
            kind = "person",
            firstName = "Jürg",
            lastName = "Müller",
            preferredLanguage = "de-ch",
            emails = new[] { new { type = "work", address = "jurg@bücher.ch" } },
            phones = new[] { new { type = "mobile", number = "079 123 45 67 ext. 12" } },
            addresses = new[] { new { type = "home", street = "Bahnhofstrasse 1", postalCode = "8001", city = "Zürich", country = "ch" } },
        });

        var contact = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("\"1\"", response.ETag());
        Assert.Equal($"/api/v1/contacts/{contact.Id()}", response.Headers.Location!.OriginalString);
        Assert.Equal("Jürg Müller", contact.GetProperty("displayName").GetString());
        Assert.Equal("de-CH", contact.GetProperty("preferredLanguage").GetString());
        var phone = contact.GetProperty("phones")[0];
        Assert.Equal("+41791234567", phone.GetProperty("e164").GetString());
        Assert.Equal("12", phone.GetProperty("extension").GetString());
        Assert.Equal("mobile", phone.GetProperty("lineType").GetString());
        Assert.Equal("079 123 45 67 ext. 12", phone.GetProperty("number").GetString());
        Assert.Equal("CH", contact.GetProperty("addresses")[0].GetProperty("country").GetString());
    }

    [Fact]
    public async Task Create_Company_UsesOrganisationDefaultCountryForNationalPhones()
    {
        using var client = await factory.NewTenantAsync("DE");
        var contact = await client.CreateContactAsync(new
        {
            kind = "company",
            companyName = "Beispiel GmbH",
            employees = 12,
            phones = new[] { new { type = "work", number = "030 12345678" } },
        });

        Assert.Equal("+493012345678", contact.GetProperty("phones")[0].GetProperty("e164").GetString());
        Assert.Equal("fixedLine", contact.GetProperty("phones")[0].GetProperty("lineType").GetString());
    }

    [Fact]
    public async Task Create_EmptyBody_IsRefused()
    {
        using var client = await factory.NewTenantAsync();
        var problem = await (await client.PostAsJsonAsync("/api/v1/contacts", new { })).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("body", problem.ErrorFields());
    }

    [Fact]
    public async Task Create_InvalidFields_NamesEveryFieldAndWritesNothing()
    {
        using var client = await factory.NewTenantAsync();
        var response = await client.PostAsJsonAsync("/api/v1/contacts", new
        {
            kind = "person",
            lastName = "Muster",
            countryOfResidence = "XX",
            preferredLanguage = "not a language",
            emails = new[] { new { type = "work", address = "a@@b" }, new { type = "private", address = "line\r\nbreak@example.com" } },
            phones = new[] { new { type = "mobile", number = "12" } },
            addresses = new[] { new { type = "home", street = "x", postalCode = "1", city = "y", country = "ZZ" } },
        });

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(
            ["addresses[0].country", "countryOfResidence", "emails[0].address", "emails[1].address", "phones[0].number", "preferredLanguage"],
            problem.ErrorFields().Order(StringComparer.Ordinal));
        var list = await (await client.GetAsync("/api/v1/contacts")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("{\"kind\":\"person\",\"lastName\":\"A\",\"shoeSize\":42}", "shoeSize")]
    [InlineData("{\"kind\":\"person\",\"lastName\":\"A\",\"dateOfBirth\":\"1990-13-45\"}", "dateOfBirth")]
    [InlineData("{\"kind\":\"person\",\"lastName\":\"A\",\"dateOfBirth\":\"2999-01-01\"}", "dateOfBirth")]
    [InlineData("{\"kind\":\"person\"}", "contact")]
    [InlineData("{\"kind\":\"person\",\"allowedChannels\":[\"email\"]}", "contact")]
    [InlineData("{\"kind\":\"company\",\"firstName\":\"A\",\"companyName\":\"B\"}", "firstName")]
    [InlineData("{\"kind\":\"robot\",\"lastName\":\"A\"}", "kind")]
    [InlineData("{\"lastName\":\"A\"}", "kind")]
    [InlineData("[1,2]", "body")]
    public async Task Create_BadInput_IsAProblemNamingTheField(string json, string field)
    {
        using var client = await factory.NewTenantAsync();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var problem = await (await client.PostAsync("/api/v1/contacts", content)).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(field, problem.ErrorFields());
    }

    [Fact]
    public async Task Create_TwoActiveEmailsOfOneType_IsAFieldError()
    {
        using var client = await factory.NewTenantAsync();
        var response = await client.PostAsJsonAsync("/api/v1/contacts", new
        {
            kind = "person",
            lastName = "Muster",
            emails = new[] { new { type = "work", address = "a@example.com" }, new { type = "work", address = "b@example.com" } },
        });

        var problem = await response.JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("emails[1].type", problem.ErrorFields());
    }

    [Fact]
    public async Task Patch_WithoutIfMatch_Is428_StaleIs412_CurrentApplies()
    {
        using var client = await factory.NewTenantAsync();
        var id = (await client.CreateContactAsync(ApiClientExtensions.Person())).Id();
        var url = $"/api/v1/contacts/{id}";

        await (await client.SendAsync(HttpMethod.Patch, url, new { firstName = "Anne" })).JsonAsync(HttpStatusCode.PreconditionRequired);
        var stale = await (await client.SendAsync(HttpMethod.Patch, url, new { firstName = "Anne" }, "\"7\"")).JsonAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(1, stale.GetProperty("currentVersion").GetInt64());

        var response = await client.SendAsync(HttpMethod.Patch, url, new { firstName = "Anne", notes = (string?)null }, "\"1\"");
        var patched = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("\"2\"", response.ETag());
        Assert.Equal("Anne", patched.GetProperty("firstName").GetString());
        Assert.Equal("Muster", patched.GetProperty("lastName").GetString());

        // The same old version again is now stale; "*" accepts whatever is current.
        await (await client.SendAsync(HttpMethod.Patch, url, new { firstName = "Anna" }, "\"1\"")).JsonAsync(HttpStatusCode.PreconditionFailed);
        var any = new HttpRequestMessage(HttpMethod.Patch, url) { Content = System.Net.Http.Json.JsonContent.Create(new { firstName = "Anna" }) };
        any.Headers.IfMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Any);
        await (await client.SendAsync(any)).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Patch_NullClearsAField_AndClearingTheLastValueIsRefused()
    {
        using var client = await factory.NewTenantAsync();
        var id = (await client.CreateContactAsync(new { kind = "person", lastName = "Muster", title = "Dr." })).Id();
        var cleared = await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{id}", new { title = (string?)null }, "\"1\"")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("title").ValueKind);

        var problem = await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{id}", new { lastName = (string?)null }, "\"2\"")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("contact", problem.ErrorFields());
        var unchanged = await (await client.GetAsync($"/api/v1/contacts/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Muster", unchanged.GetProperty("lastName").GetString());
    }

    [Fact]
    public async Task Patch_KindOrParts_IsRefused()
    {
        using var client = await factory.NewTenantAsync();
        var id = (await client.CreateContactAsync(ApiClientExtensions.Person())).Id();
        var problem = await (await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{id}", new { kind = "company", emails = Array.Empty<object>() }, "\"1\"")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["emails", "kind"], problem.ErrorFields().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Delete_NeedsIfMatch_ThenTheContactIsGone()
    {
        using var client = await factory.NewTenantAsync();
        var id = (await client.CreateContactAsync(ApiClientExtensions.Person())).Id();
        await (await client.SendAsync(HttpMethod.Delete, $"/api/v1/contacts/{id}", null)).JsonAsync(HttpStatusCode.PreconditionRequired);
        await (await client.SendAsync(HttpMethod.Delete, $"/api/v1/contacts/{id}", null, "\"1\"")).JsonAsync(HttpStatusCode.NoContent);
        await (await client.GetAsync($"/api/v1/contacts/{id}")).JsonAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_PagesByCursorWithoutGapsOrRepeats_AndFiltersByFoldedName()
    {
        using var client = await factory.NewTenantAsync();
        foreach (var name in new[] { "Müller", "Muller-Lüdi", "Meier", "Huber", "Keller" })
        {
            await client.CreateContactAsync(new { kind = "person", lastName = name });
        }

        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await (await client.GetAsync($"/api/v1/contacts?limit=2{(cursor is null ? string.Empty : "&cursor=" + cursor)}")).JsonAsync(HttpStatusCode.OK);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.Id()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(5, seen.Distinct().Count());
        Assert.Equal(seen.Order(), seen);

        var mueller = await (await client.GetAsync("/api/v1/contacts?name=MULLER")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, mueller.GetProperty("items").GetArrayLength());
        await (await client.GetAsync("/api/v1/contacts?cursor=nonsense")).JsonAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Categories_AreSetAndFilterable()
    {
        using var client = await factory.NewTenantAsync();
        await client.CreateContactAsync(new { kind = "person", lastName = "A", categories = new[] { "VIP", "Press" } });
        await client.CreateContactAsync(new { kind = "person", lastName = "B", categories = new[] { "Press" } });
        var vip = await (await client.GetAsync("/api/v1/contacts?category=VIP")).JsonAsync(HttpStatusCode.OK);
        Assert.Single(vip.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task QuickSearch_FindsByNameWithATypoPhoneDigitsAndEmailPrefix_OnlyInTheTenant()
    {
        using var client = await factory.NewTenantAsync();
        using var other = await factory.NewTenantAsync();
        var anna = await client.CreateContactAsync(new
        {
            kind = "person",
            firstName = "Anna",
            lastName = "Müller",
            emails = new[] { new { type = "work", address = "anna.mueller@example.ch" } },
            phones = new[] { new { type = "mobile", number = "079 123 45 67" } },
        });
        await client.CreateContactAsync(new { kind = "person", lastName = "Meier" });
        await other.CreateContactAsync(new { kind = "person", firstName = "Anna", lastName = "Müller" });

        foreach (var term in new[] { "Muler", "anna mulelr", "+41 79 123 45 67", "1234567", "anna.mue" })
        {
            var found = await (await client.GetAsync($"/api/v1/contacts?q={Uri.EscapeDataString(term)}")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal([anna.Id()], found.GetProperty("items").EnumerateArray().Select(i => i.Id()));
        }

        var problem = await (await client.GetAsync("/api/v1/contacts?q=m")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("q", problem.ErrorFields());
    }
}
