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
internal sealed class BenchHost(BenchDatabase database) : WebApplicationFactory<Program>
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
    }

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
