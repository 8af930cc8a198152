using System.Net.Http.Headers;
using ContactHub.Access;
using ContactHub.Bench.Databases;
using ContactHub.Organisations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Bench.Web;

/// <summary>
/// The real web app (ContactHub.Web's Program, production settings, quiet logging) on a loopback Kestrel port
/// against the benchmark database, with an API key of the benchmark organisation.
/// </summary>
internal sealed partial class BenchHost(BenchDatabase database) : WebApplicationFactory<Program>
{
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public string ApiKey { get; private set; } = string.Empty;

    public async Task StartAsync()
    {
        // The factory looks for the web project's folder next to a .sln; the app needs nothing from there, so
        // its content root is this program's own output folder.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CONTACTHUB_WEB", AppContext.BaseDirectory);
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
        using var scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().Current = Caller.System("bench");
        var key = await scope.ServiceProvider.GetRequiredService<OrganisationService>()
            .CreateApiKeyAsync(database.OrganisationId, new ApiKeyRequest("bench", Clearance.Confidential), CancellationToken.None);
        ApiKey = key.Key;
        scope.ServiceProvider.GetRequiredService<CallerContext>().Current = Caller.System("bench").ForOrganisation(database.OrganisationId);
        await scope.ServiceProvider.GetRequiredService<OperatorService>().CreateAsync(
            new OperatorRequest(OperatorEmail, "Bench operator", OperatorRole.Viewer, Clearance.Confidential, OperatorPassword), CancellationToken.None);
    }

    /// <summary>A back-office operator of the benchmark organisation (a viewer who may see every contact).</summary>
    public const string OperatorEmail = "operator@bench.example";

    public const string OperatorPassword = "bench-operator-password";

    /// <summary>A client signed in as the operator through the real login form (its anti-forgery token and cookie).</summary>
    public async Task<HttpClient> BackOfficeClientAsync()
    {
        var handler = new SocketsHttpHandler { UseCookies = true, CookieContainer = new System.Net.CookieContainer(), AllowAutoRedirect = false };
        var client = new HttpClient(handler) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        var form = await client.GetStringAsync("/account/login");
        var token = AntiForgeryToken().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("The login form has no anti-forgery token.");
        }

        using var login = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = OperatorEmail,
            ["Password"] = OperatorPassword,
            ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token.Groups[1].Value),
        }));
        if (login.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as the bench operator failed: {(int)login.StatusCode}.");
        }

        return client;
    }

    [System.Text.RegularExpressions.GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex AntiForgeryToken();

    /// <summary>A client with up to <paramref name="connections"/> kept-alive connections and the organisation's key.</summary>
    public HttpClient Client(int connections)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        var client = new HttpClient(handler) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ContactHub:Database:Provider", database.Provider.ToString().ToLowerInvariant());
        builder.UseSetting("ConnectionStrings:ContactHub", database.ConnectionString);
        builder.UseSetting("ContactHub:Demo:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // The app has no wwwroot yet; the static-file middleware's warning about it is noise here.
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.StaticFiles", "Error");
    }
}
