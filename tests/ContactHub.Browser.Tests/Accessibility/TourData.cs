using System.Net.Http.Json;
using System.Text.Json;

namespace ContactHub.Browser.Tests.Accessibility;

/// <summary>
/// The contacts and definition the tour shows, made through the REST API so every page has something in each of its
/// parts: a person with e-mails, phones, an active and a deactivated address, a relation, a company link, a consent and
/// custom values; a company with its contact person; a custom field in use and an archived one; a name-day run.
/// </summary>
public sealed record TourData(Guid Person, Guid Company, Guid Colleague, string CustomField)
{
    public static async Task<TourData> SeedAsync(HttpClient api)
    {
        await PostAsync(api, "/api/v1/definition/custom-fields",
            new { key = "level", name = "Level", type = "choice", options = new[] { new { key = "gold", label = "Gold" }, new { key = "silver", label = "Silver" } } });
        await PostAsync(api, "/api/v1/definition/custom-fields", new { key = "nickname", name = "Nickname", type = "text" });
        await PostAsync(api, "/api/v1/definition/criteria",
            new { key = "sector-interest", name = "Sector of interest", multiple = true, choices = new[] { new { key = "energy", label = "Energy" }, new { key = "law", label = "Law" } } });
        await PostAsync(api, "/api/v1/definition/custom-fields", new { key = "fax", name = "Fax number", type = "text" });
        (await api.DeleteAsync("/api/v1/definition/custom-fields/fax")).EnsureSuccessStatusCode();

        var company = await PostAsync(api, "/api/v1/contacts", new
        {
            kind = "company", companyName = "Keller & Partner AG", vatNumber = "CHE-123.456.789", industry = "law", sector = "services",
            countryOfResidence = "CH", categories = new[] { "Partner" }, notes = "Key account",
            emails = new[] { new { type = "work", address = "office@keller-partner.example" } },
        });
        var colleague = await PostAsync(api, "/api/v1/contacts", new { kind = "person", firstName = "Hans", lastName = "Muster" });
        var person = await PostAsync(api, "/api/v1/contacts", new
        {
            kind = "person", title = "Dr.", firstName = "Ines", lastName = "Keller", gender = "female", dateOfBirth = "1980-04-02",
            countryOfResidence = "CH", preferredLanguage = "de-CH", referenceCode = "REF-1", notes = "Prefers letters",
            categories = new[] { "Customer", "VIP" }, accessibilityNeeds = new[] { "step-free" }, blocked = true, blockedReason = "Asked not to be called",
            allowedChannels = new[] { "email", "letter" }, preferredChannel = "email", confidentiality = "restricted", accountReference = "AR-1001",
            customFields = new { level = "gold", nickname = "Ini" },
            criteria = new Dictionary<string, string[]> { ["sector-interest"] = ["law"] },
            emails = new[] { new { type = "work", address = "ines.keller@example.com" }, new { type = "private", address = "ines@example.org" } },
            phones = new[] { new { type = "mobile", number = "+41 79 123 45 67" } },
            addresses = new[]
            {
                new { type = "home", street = "Bahnhofstrasse 1", postalCode = "8001", city = "Zürich", country = "CH" },
                new { type = "work", street = "Seestrasse 9", postalCode = "8002", city = "Zürich", country = "CH" },
            },
        });
        var personId = person.GetProperty("id").GetGuid();
        var oldAddress = person.GetProperty("addresses").EnumerateArray().Single(a => a.GetProperty("type").GetString() == "work").GetProperty("id").GetGuid();
        (await api.PostAsync($"/api/v1/contacts/{personId}/addresses/{oldAddress}/deactivate", null)).EnsureSuccessStatusCode();
        await PostAsync(api, $"/api/v1/contacts/{personId}/relations", new { relatedContactId = colleague.GetProperty("id").GetGuid(), type = "colleague" });
        await PostAsync(api, $"/api/v1/contacts/{personId}/companies", new { companyId = company.GetProperty("id").GetGuid(), role = "Buyer" });

        var purposes = JsonDocument.Parse(await api.GetStringAsync("/api/v1/definition/consent-purposes")).RootElement;
        var direct = purposes.EnumerateArray().First(p => p.GetProperty("key").GetString() == "direct-marketing");
        await PostAsync(api, $"/api/v1/contacts/{personId}/consents",
            new { purpose = "direct-marketing", granted = true, method = "checkbox", textId = direct.GetProperty("texts")[0].GetProperty("id").GetGuid() });
        await PostAsync(api, "/api/v1/runs/name-days", new { mode = "all" });

        await PostAsync(api, "/api/v1/interactions", new
        {
            contactIds = new[] { personId, company.GetProperty("id").GetGuid() }, type = "meeting", direction = "out", medium = "in person",
            subject = "Season planning", description = "Agreed on two events.", occurredAt = "2026-03-01T10:00:00Z",
        });
        return new TourData(personId, company.GetProperty("id").GetGuid(), colleague.GetProperty("id").GetGuid(), "level");
    }

    private static async Task<JsonElement> PostAsync(HttpClient api, string path, object body)
    {
        using var response = await api.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
