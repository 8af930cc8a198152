using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContactHub.Browser.Tests;

/// <summary>
/// The edit form sends exactly what the operator changed (issue 20, part 1): a contact with every field set through the
/// API, persons and companies alike, keeps every one of them — the ones the form shows and the ones it does not.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EditFormTests(BrowserApp app)
{
    public static TheoryData<string> Kinds => ["person", "company"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task SavingUnchanged_MovesNeitherTheContactNorItsHistory(string kind)
    {
        await using var session = await EditSession.StartAsync(app, kind);
        var before = await session.ReadAsync();
        var historyBefore = await session.HistoryAsync();

        await session.SaveEditFormAsync(_ => Task.CompletedTask);
        await session.Journey.ScreenshotAsync($"edit-unchanged-{kind}");

        Assert.Equal(before.ToJsonString(), (await session.ReadAsync()).ToJsonString());
        Assert.Equal(historyBefore.GetArrayLength(), (await session.HistoryAsync()).GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task ChangingOneField_WritesExactlyThatChange(string kind)
    {
        await using var session = await EditSession.StartAsync(app, kind);
        var before = await session.ReadAsync();
        var historyBefore = await session.HistoryAsync();
        var (label, field, value) = kind == "person" ? ("Reference code", "referenceCode", "REF-2") : ("VAT number", "vatNumber", "CHE-999.888.777");

        await session.SaveEditFormAsync(page => page.GetByLabel(label, new() { Exact = true }).FillAsync(value));

        var after = await session.ReadAsync();
        Assert.Equal(value, (string?)after[field]);
        Assert.Equal((long)before["version"]! + 1, (long)after["version"]!);
        foreach (var unchanged in new[] { field, "version", "updatedAt" })
        {
            before.Remove(unchanged);
            after.Remove(unchanged);
        }

        Assert.Equal(before.ToJsonString(), after.ToJsonString());
        var history = await session.HistoryAsync();
        Assert.Equal(historyBefore.GetArrayLength() + 1, history.GetArrayLength());
        var entry = history.EnumerateArray().Single(e => !historyBefore.EnumerateArray().Any(b => b.GetProperty("id").GetGuid() == e.GetProperty("id").GetGuid()));
        var change = Assert.Single(entry.GetProperty("changes").EnumerateArray());
        Assert.Equal(field, change.GetProperty("field").GetString());
    }

    /// <summary>A logged-in operator, an API client of the same organisation and a contact with every field set.</summary>
    private sealed class EditSession(Journey journey, HttpClient api, Guid id) : IAsyncDisposable
    {
        public Journey Journey { get; } = journey;

        public static async Task<EditSession> StartAsync(BrowserApp app, string kind)
        {
            var journey = await Journey.StartAsync(app, logIn: false);
            var operatorEmail = await app.NewOperatorAsync();
            await journey.LogInAsync(operatorEmail);
            var api = await app.ApiClientAsync(operatorEmail);
            foreach (var field in CustomFields)
            {
                await Expect(await api.PostAsJsonAsync("/api/v1/definition/custom-fields", field), HttpStatusCode.Created);
            }

            var created = await Expect(await api.PostAsJsonAsync("/api/v1/contacts", kind == "person" ? Person : Company), HttpStatusCode.Created);
            return new EditSession(journey, api, created.GetProperty("id").GetGuid());
        }

        public async Task<JsonObject> ReadAsync() =>
            JsonNode.Parse((await Expect(await api.GetAsync($"/api/v1/contacts/{id}"), HttpStatusCode.OK)).GetRawText())!.AsObject();

        public async Task<JsonElement> HistoryAsync() => await Expect(await api.GetAsync($"/api/v1/contacts/{id}/history"), HttpStatusCode.OK);

        public async Task SaveEditFormAsync(Func<IPage, Task> change)
        {
            var page = Journey.Page;
            await page.GotoAsync($"/contacts/{id}/edit");
            await change(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await page.WaitForURLAsync($"**/contacts/{id}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        }

        public async ValueTask DisposeAsync()
        {
            api.Dispose();
            await Journey.DisposeAsync();
        }

        private static async Task<JsonElement> Expect(HttpResponseMessage response, HttpStatusCode expected)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == expected, $"Expected {expected}, got {response.StatusCode}: {text}");
            return JsonDocument.Parse(text).RootElement.Clone();
        }
    }

    private static readonly object[] CustomFields =
    [
        new { key = "level", name = "Level", type = "choice", options = new[] { new { key = "gold", label = "Gold" }, new { key = "silver", label = "Silver" } } },
        new { key = "score", name = "Score", type = "number" },
        new { key = "since", name = "Since", type = "date" },
        new { key = "vip", name = "VIP", type = "boolean" },
        new { key = "nickname", name = "Nickname", type = "text" },
    ];

    private static readonly object CustomValues = new { level = "gold", score = 42.5, since = "2020-01-31", vip = true, nickname = "Andi" };

    // Every field of a person, including those the edit form does not show (validity, blocking, channels,
    // confidentiality, accounts-receivable reference, name day), and a note with a line break.
    private static readonly object Person = new
    {
        kind = "person", title = "Dr.", firstName = "Ines", middleName = "Maria", lastName = "Keller", gender = "female",
        dateOfBirth = "1980-04-02", idNumber = "ID-1234567", idCountry = "CH", passportNumber = "X1234567", passportCountry = "CH",
        socialSecurityNumber = "756.1234.5678.97", countryOfResidence = "CH", preferredLanguage = "de-CH", referenceCode = "REF-1",
        notes = "Line one\nLine two", categories = new[] { "Customer", "VIP" }, accessibilityNeeds = new[] { "step-free" },
        validUntil = "2030-12-31", blocked = true, blockedReason = "Asked not to be called", allowedChannels = new[] { "email", "letter" },
        preferredChannel = "email", confidentiality = "restricted", accountReference = "AR-1001", nameDay = "07-26",
        industry = "law", sector = "services", dataOrigin = "business-card",
        customFields = CustomValues,
        emails = new[] { new { type = "work", address = "ines.keller@example.com" } },
        phones = new[] { new { type = "mobile", number = "+41 79 123 45 67" } },
        addresses = new[] { new { type = "home", street = "Bahnhofstrasse 1", postalCode = "8001", city = "Zürich", country = "CH" } },
    };

    private static readonly object Company = new
    {
        kind = "company", companyName = "Keller & Partner AG", vatNumber = "CHE-123.456.789", taxReference = "TX-9",
        registrationDetails = "Handelsregister Zürich", employees = 42, annualTurnover = 1234567.50m, establishedOn = "1999-05-01",
        industry = "law", sector = "services", countryOfResidence = "CH", preferredLanguage = "de-CH", referenceCode = "REF-C1",
        notes = "Line one\nLine two", categories = new[] { "Partner" }, validUntil = "2030-12-31", blocked = true,
        blockedReason = "Insolvency proceedings", allowedChannels = new[] { "email", "letter" }, preferredChannel = "email",
        confidentiality = "restricted", accountReference = "AR-2002", customFields = CustomValues, profileYear = 2024, dataOrigin = "internet",
        emails = new[] { new { type = "work", address = "office@keller-partner.example" } },
    };
}
