using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ContactHub.Web.Tests;

/// <summary>The real app on a fresh SQLite database of its own, with a known system key.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public const string SystemKey = "test-system-key-0123456789";

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"contacthub-test-{Guid.NewGuid():N}.db");

    /// <summary>Settings on top of the test defaults (for a factory a test builds itself).</summary>
    public Dictionary<string, string> Settings { get; } = [];

    public string DatabaseFile => _database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:ContactHub", $"Data Source={_database};Pooling=false");
        builder.UseSetting("ContactHub:Database:Provider", "sqlite");
        builder.UseSetting("ContactHub:Bootstrap:ApiKey", SystemKey);
        builder.UseSetting("ContactHub:Demo:Enabled", "false");
        builder.UseSetting("ContactHub:Login:AttemptsPerMinute", "1000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient SystemClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SystemKey);
        return client;
    }

    /// <summary>A new organisation and a client holding one of its keys: no test sees another's data.</summary>
    public async Task<HttpClient> NewTenantAsync(string defaultCountry = "CH", bool maySeeIdentityDocuments = false) =>
        (await NewTenantWithKeysAsync(defaultCountry, [("free", maySeeIdentityDocuments)]))[0];

    /// <summary>A new organisation with one client per key clearance asked for ("free", "restricted", "confidential").</summary>
    public Task<HttpClient[]> NewTenantWithKeysAsync(string defaultCountry, params string[] clearances) =>
        NewTenantWithKeysAsync(defaultCountry, [.. clearances.Select(c => (c, false))]);

    /// <summary>A new organisation with one client per key: its clearance, and whether it reads identity documents unmasked.</summary>
    public async Task<HttpClient[]> NewTenantWithKeysAsync(string defaultCountry, IReadOnlyList<(string Clearance, bool MaySeeIdentityDocuments)> keys)
    {
        using var system = SystemClient();
        var organisation = await system.PostAsJsonAsync("/api/v1/organisations", new { name = "Tenant " + Guid.NewGuid(), defaultCountry });
        organisation.EnsureSuccessStatusCode();
        var id = (await organisation.Content.ReadFromJsonAsync<IdOnly>())!.Id;
        var clients = new List<HttpClient>();
        foreach (var (clearance, maySeeIdentityDocuments) in keys)
        {
            var key = await system.PostAsJsonAsync($"/api/v1/organisations/{id}/api-keys", new { name = "tests " + clearance, clearance, maySeeIdentityDocuments });
            key.EnsureSuccessStatusCode();
            var client = CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await key.Content.ReadFromJsonAsync<KeyOnly>())!.Key);
            clients.Add(client);
        }

        return [.. clients];
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }

    private sealed record IdOnly(Guid Id);

    private sealed record KeyOnly(string Key);
}
