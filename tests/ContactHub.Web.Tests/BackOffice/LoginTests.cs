using System.Net;
using ContactHub.Access;

namespace ContactHub.Web.Tests.BackOffice;

public sealed class LoginTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Login_WithRightPassword_SetsSessionCookieAndRedirects()
    {
        var (_, _, email) = await BackOfficeClient.NewOperatorAsync(factory, OperatorRole.Viewer);
        using var client = BackOfficeClient.For(factory);

        var response = await client.LogInAsync(email.ToUpperInvariant());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/contacts", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("contacthub.session=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Login_AfterFiveFailures_IsLockedEvenWithRightPassword()
    {
        var (_, _, email) = await BackOfficeClient.NewOperatorAsync(factory, OperatorRole.Viewer);
        using var client = BackOfficeClient.For(factory);

        for (var i = 0; i < 5; i++)
        {
            var failed = await client.LogInAsync(email, "wrong-password");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var locked = await client.LogInAsync(email);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WithoutAntiForgeryToken_IsRefused()
    {
        var (_, _, email) = await BackOfficeClient.NewOperatorAsync(factory, OperatorRole.Viewer);
        using var client = BackOfficeClient.For(factory);

        var response = await client.Http.PostAsync("/account/login", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = BackOfficeClient.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("contacthub.session=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Login_TooOftenFromOneAddress_IsRateLimited()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("ContactHub:Login:AttemptsPerMinute", "2"));
        using var client = new BackOfficeClient(limited.CreateClient(new() { AllowAutoRedirect = false }));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.LogInAsync("nobody@example.com", "wrong")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
