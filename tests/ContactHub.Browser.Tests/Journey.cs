using Microsoft.Playwright;

namespace ContactHub.Browser.Tests;

/// <summary>One journey: its own browser context (cookies), a logged-in operator, and a screenshot at the end.</summary>
public sealed class Journey(BrowserApp app, IBrowserContext context, IPage page) : IAsyncDisposable
{
    private readonly List<string> _refusedByPolicy = [];

    public IPage Page { get; } = page;

    public BrowserApp App { get; } = app;

    /// <summary>Where screenshots go: $CONTACTHUB_SCREENSHOTS (test.sh sets TestResults/screenshots) or the test output folder.</summary>
    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("CONTACTHUB_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<Journey> StartAsync(BrowserApp app, bool logIn = true)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, Locale = "en-GB" });
        // Generous: the machine is shared with other builds, and a slow first page compile is not a failure.
        context.SetDefaultTimeout(30_000);
        var journey = new Journey(app, context, await context.NewPageAsync());
        journey.Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                journey._refusedByPolicy.Add(message.Text);
            }
        };
        if (logIn)
        {
            await journey.LogInAsync(await app.NewOperatorAsync());
        }

        return journey;
    }

    // The redirected page is ready to use once its document is parsed (scripts included); waiting for the "load"
    // event as well sometimes ran past the timeout on a busy machine although the page was there (2 of 5 full runs).
    private static readonly PageWaitForURLOptions AfterRedirect = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    public async Task LogInAsync(string email)
    {
        await Page.GotoAsync("/account/login");
        await Page.GetByLabel("E-mail").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(BrowserApp.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Page.WaitForURLAsync("**/contacts", AfterRedirect);
    }

    /// <summary>Creates a person through the form and returns the contact page's path.</summary>
    public async Task<string> CreatePersonAsync(string first, string last, params string[] emails)
    {
        await Page.GotoAsync("/contacts/new/person");
        await Page.GetByLabel("First name").FillAsync(first);
        await Page.GetByLabel("Last name").FillAsync(last);
        for (var i = 0; i < emails.Length; i++)
        {
            await Page.Locator($"#Form_Emails_{i}__Address").FillAsync(emails[i]);
        }

        await Page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/contacts/[0-9a-f-]{36}$"), AfterRedirect);
        return new Uri(Page.Url).AbsolutePath;
    }

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    /// <summary>Ends the journey; it fails if the browser refused anything under the app's Content-Security-Policy on the way.</summary>
    public async ValueTask DisposeAsync()
    {
        await context.DisposeAsync();
        if (_refusedByPolicy.Count > 0)
        {
            throw new InvalidOperationException("The Content-Security-Policy refused:\n" + string.Join('\n', _refusedByPolicy));
        }
    }
}
