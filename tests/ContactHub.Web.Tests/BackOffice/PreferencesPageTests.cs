using System.Net;
using ContactHub.Access;
using ContactHub.Web.Tests.BackOffice.Display;

namespace ContactHub.Web.Tests.BackOffice;

/// <summary>Issue 20, part 3: the operator's own page of preferences.</summary>
public sealed class PreferencesPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Preferences_AreLinkedFromTheHeader_AndOfferZonesAndCultures()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;

        Assert.Contains("<a href=\"/account/preferences\">Preferences</a>", await client.Http.GetStringAsync("/contacts"), StringComparison.Ordinal);
        var page = await client.Http.GetStringAsync("/account/preferences");
        Assert.Contains("<option value=\"Europe/Zurich\">Europe/Zurich</option>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"\">The organisation&#x27;s (UTC)</option>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"de-CH\">Deutsch (Schweiz)</option>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saved_IsSaidAndShown()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;

        await OperatorClockPagesTests.SetPreferencesAsync(client, "Europe/Zurich", "en-GB");

        var page = await client.Http.GetStringAsync("/account/preferences");
        Assert.Contains("<option selected=\"selected\" value=\"Europe/Zurich\">", page, StringComparison.Ordinal);
        Assert.Contains("<option selected=\"selected\" value=\"en-GB\">", page, StringComparison.Ordinal);
        Assert.Matches(@"data-testid=""now""><time datetime=""[^""]+Z"">\d{2}/\d{2}/\d{4} \d{2}:\d{2} Europe/Zurich</time>", page);
    }

    [Fact]
    public async Task Administrator_SeesEachOperatorsZone()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Administrator);
        using var session = client;
        Assert.Contains("data-testid=\"operator-zone\">the organisation&#x27;s zone</td>", await client.Http.GetStringAsync("/admin/operators"), StringComparison.Ordinal);

        await OperatorClockPagesTests.SetPreferencesAsync(client, "Europe/Zurich", "de-CH");

        Assert.Contains("data-testid=\"operator-zone\">Europe/Zurich, de-CH</td>", await client.Http.GetStringAsync("/admin/operators"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mars/Olympus", "", "TimeZone")]
    [InlineData("W. Europe Standard Time", "", "TimeZone")]
    [InlineData("", "xx-XX", "Culture")]
    public async Task Unknown_IsAFieldError(string timeZone, string culture, string field)
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;

        var refused = await client.PostFormAsync("/account/preferences", new() { ["TimeZone"] = timeZone, ["Culture"] = culture });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Matches($"id=\"{field}-error\"[^>]*>[^<]+<", html);
        Assert.Matches($"<select aria-describedby=\"{field}-error\" aria-invalid=\"true\"[^>]* id=\"{field}\"", html);
    }

    [Fact]
    public async Task Preferences_NeedASignedInOperator()
    {
        using var anonymous = BackOfficeClient.For(factory);

        var response = await anonymous.Http.GetAsync("/account/preferences");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.OrdinalIgnoreCase);
    }
}
