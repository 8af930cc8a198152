using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ContactHub.Access;

namespace ContactHub.Web.Tests.Api;

/// <summary>
/// API key scopes, proved over every endpoint the app maps (no list to keep): each organisation endpoint requires one
/// scope, declares it in the OpenAPI document, refuses a key without it (403) and lets a key with only it through.
/// </summary>
public sealed class ApiScopesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task EveryOrganisationEndpoint_RequiresOneKnownScope_AndTheDocumentDeclaresIt()
    {
        using var system = factory.SystemClient();
        using var document = JsonDocument.Parse(await system.GetStringAsync("/openapi/v1.json"));
        var endpoints = OrganisationEndpoints();
        Assert.True(endpoints.Count >= 50, $"Only {endpoints.Count} organisation endpoints found.");

        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Scope is null || !ApiScopes.All.Contains(endpoint.Scope))
            {
                failures.Add($"{endpoint.Method} {endpoint.Route}: no known scope ({endpoint.Scope})");
                continue;
            }

            var operation = document.RootElement.GetProperty("paths").EnumerateObject().Single(p => p.Name.TrimEnd('/') == endpoint.Template)
                .Value.GetProperty(endpoint.Method.ToLowerInvariant());
            var declared = operation.TryGetProperty("security", out var security)
                ? security.EnumerateArray().SelectMany(r => r.EnumerateObject()).SelectMany(s => s.Value.EnumerateArray()).Select(v => v.GetString()).ToList()
                : [];
            if (declared is not [var only] || only != endpoint.Scope)
            {
                failures.Add($"{endpoint.Method} {endpoint.Route}: requires {endpoint.Scope}, the document says [{string.Join(", ", declared)}]");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.Contains(endpoints, e => e is { Method: "PUT", Template: "/api/v1/definition/uniqueness", Scope: ApiScopes.DefinitionWrite });
        Assert.Contains(endpoints, e => e is { Method: "POST", Template: "/api/v1/reachability/batch", Scope: ApiScopes.ContactsRead });
        Assert.Equal("http", document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("apiKey").GetProperty("type").GetString());
    }

    [Fact]
    public async Task EveryOrganisationEndpoint_RefusesAKeyWithoutItsScope_AndAdmitsOneWithOnlyIt()
    {
        using var system = factory.SystemClient();
        var organisation = (await (await system.PostAsJsonAsync("/api/v1/organisations", new { name = "Scopes " + Guid.NewGuid() })).JsonAsync(HttpStatusCode.Created)).Id();
        var withOnly = new Dictionary<string, HttpClient>();
        var withoutOnly = new Dictionary<string, HttpClient>();
        foreach (var scope in ApiScopes.All)
        {
            withOnly[scope] = await KeyAsync(system, organisation, [scope]);
            withoutOnly[scope] = await KeyAsync(system, organisation, [.. ApiScopes.All.Where(s => s != scope)]);
        }

        var failures = new List<string>();
        foreach (var endpoint in OrganisationEndpoints())
        {
            using var refused = await SendAsync(withoutOnly[endpoint.Scope!], endpoint);
            using var admitted = await SendAsync(withOnly[endpoint.Scope!], endpoint);
            if (refused.StatusCode != HttpStatusCode.Forbidden || admitted.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
            {
                failures.Add($"{endpoint.Method} {endpoint.Route} ({endpoint.Scope}): without it {(int)refused.StatusCode}, with only it {(int)admitted.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Scopes_AreChosenAtCreation_AllWhenLeftOut_AndUnknownOrNoneAreRefused()
    {
        using var system = factory.SystemClient();
        var organisation = (await (await system.PostAsJsonAsync("/api/v1/organisations", new { name = "Scopes " + Guid.NewGuid() })).JsonAsync(HttpStatusCode.Created)).Id();
        var url = $"/api/v1/organisations/{organisation}/api-keys";

        var reader = await (await system.PostAsJsonAsync(url, new { name = "reader", scopes = new[] { "contacts:read", "runs" } })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(["contacts:read", "runs"], reader.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        var all = await (await system.PostAsJsonAsync(url, new { name = "all" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(ApiScopes.All, all.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));

        Assert.Equal(["scopes[1]"], (await (await system.PostAsJsonAsync(url, new { name = "x", scopes = new[] { "runs", "everything" } })).JsonAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());
        Assert.Equal(["scopes"], (await (await system.PostAsJsonAsync(url, new { name = "x", scopes = Array.Empty<string>() })).JsonAsync(HttpStatusCode.UnprocessableEntity)).ErrorFields());

        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", reader.GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/contacts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/contacts", ApiClientExtensions.Person())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync("/api/v1/definition/name-rule", new { order = "lastFirst" })).StatusCode);
    }

    private async Task<HttpClient> KeyAsync(HttpClient system, Guid organisation, string[] scopes)
    {
        var key = await (await system.PostAsJsonAsync($"/api/v1/organisations/{organisation}/api-keys", new { name = "scoped", clearance = "confidential", scopes })).JsonAsync(HttpStatusCode.Created);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.GetProperty("key").GetString());
        return client;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, ApiEndpoint endpoint) => client.SendAsync(endpoint.Request());

    private List<ApiEndpoint> OrganisationEndpoints() => [.. ApiEndpoint.All(factory.Services).Where(e => e.Organisation)];
}
