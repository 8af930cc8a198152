using ContactHub.Access;
using ContactHub.Browser.Tests.Accessibility;
using ContactHub.Organisations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ContactHub.Browser.Tests;

/// <summary>
/// The real app on a loopback port (Kestrel, a fresh SQLite file, no demo data) and Debian's chromium driven by
/// Playwright. A missing browser is a failure, never a skip: CI must not pass without having clicked anything.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string Password = "Browser-Test-Password-1";

    private readonly Dictionary<string, Guid> _organisationOf = new(StringComparer.Ordinal);
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"contacthub-browser-{Guid.NewGuid():N}.db");
    private AppFactory? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (./test.sh does).");
        }

        _factory = new AppFactory(_database);
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A new organisation with an operator of its own, so no journey sees another's contacts.</summary>
    public async Task<string> NewOperatorAsync(OperatorRole role = OperatorRole.Administrator)
    {
        using var scope = _factory!.Services.CreateScope();
        var caller = scope.ServiceProvider.GetRequiredService<CallerContext>();
        caller.Current = Caller.System("browser-tests");
        var organisation = await scope.ServiceProvider.GetRequiredService<OrganisationService>()
            .CreateAsync(new OrganisationRequest("Browser " + Guid.NewGuid(), "CH"), CancellationToken.None);
        caller.Current = caller.Current.ForOrganisation(organisation.Id);
        var email = $"operator-{Guid.NewGuid():N}@example.com";
        await scope.ServiceProvider.GetRequiredService<OperatorService>()
            .CreateAsync(new OperatorRequest(email, "Olivia Operator", role, Clearance.Confidential, Password), CancellationToken.None);
        lock (_organisationOf)
        {
            _organisationOf[email] = organisation.Id;
        }

        return email;
    }

    /// <summary>An HTTP client of the REST API with a Confidential key of the operator's organisation, seeing identity documents.</summary>
    public async Task<HttpClient> ApiClientAsync(string operatorEmail)
    {
        Guid organisationId;
        lock (_organisationOf)
        {
            organisationId = _organisationOf[operatorEmail];
        }

        using var scope = _factory!.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().Current = Caller.System("browser-tests");
        var key = await scope.ServiceProvider.GetRequiredService<OrganisationService>()
            .CreateApiKeyAsync(organisationId, new ApiKeyRequest("browser-tests", Clearance.Confidential, MaySeeIdentityDocuments: true), CancellationToken.None);
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key.Key);
        return client;
    }

    /// <summary>Every Razor page of the app (e.g. "/Contacts/Details"), as its endpoints say.</summary>
    public IReadOnlySet<string> RazorPages() => PageRecorder.AllPages(_factory!.Services.GetRequiredService<EndpointDataSource>());

    /// <summary>The Razor pages that answered the requests sent with <see cref="PageRecorder.Header"/> = <paramref name="tour"/>.</summary>
    public IReadOnlySet<string> PagesServedTo(string tour) => _factory!.Services.GetRequiredService<PageRecorder>().ServedTo(tour);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }

    private sealed class AppFactory(string database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:ContactHub", $"Data Source={database};Pooling=false");
            builder.UseSetting("ContactHub:Database:Provider", "sqlite");
            builder.UseSetting("ContactHub:Demo:Enabled", "false");
            builder.UseSetting("ContactHub:Login:AttemptsPerMinute", "1000");
            builder.ConfigureServices(services => services.AddSingleton<PageRecorder>().AddTransient<IStartupFilter, PageRecorder.Filter>());
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
