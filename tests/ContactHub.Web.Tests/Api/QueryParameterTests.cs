using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContactHub.Web.Tests.Api;

/// <summary>
/// The rule for the whole API, proved over every endpoint the app maps (not a list kept by hand): a query parameter
/// the endpoint does not read is refused with a 400 problem naming it, and every parameter the OpenAPI document lists
/// for an endpoint is read.
/// </summary>
public sealed class QueryParameterTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Unknown = "noSuchFilter";

    [Fact]
    public async Task EveryApiEndpoint_RefusesAnUnknownQueryParameter_NamingIt()
    {
        using var tenant = await factory.NewTenantAsync();
        using var system = factory.SystemClient();
        var endpoints = ApiEndpoints();
        // The walk cannot pass by finding nothing: the contacts list, its filters' home, is among them.
        Assert.True(endpoints.Count >= 50, $"Only {endpoints.Count} API endpoints found.");
        Assert.Contains(endpoints, e => e is { Method: "GET", Route: "/api/v1/contacts/" });

        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            using var response = await SendAsync(endpoint, endpoint.System ? system : tenant, $"{endpoint.Url}?{Unknown}=true");
            var text = await response.Content.ReadAsStringAsync();
            if (!IsUnknownParameterProblem(response, text, Unknown))
            {
                failures.Add($"{endpoint.Method} {endpoint.Route}: {(int)response.StatusCode} {text}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task EveryDocumentedQueryParameter_IsRead()
    {
        using var tenant = await factory.NewTenantAsync();
        using var system = factory.SystemClient();
        using var document = JsonDocument.Parse(await tenant.GetStringAsync("/openapi/v1.json"));
        var endpoints = ApiEndpoints();
        var checkedParameters = new List<string>();
        var failures = new List<string>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/v1/", StringComparison.Ordinal)))
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.TryGetProperty("parameters", out _)))
            {
                var method = operation.Name.ToUpperInvariant();
                var route = path.Name.TrimEnd('/');
                var endpoint = endpoints.Single(e => e.Method == method && e.Template == route);
                foreach (var parameter in operation.Value.GetProperty("parameters").EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query"))
                {
                    var name = parameter.GetProperty("name").GetString()!;
                    checkedParameters.Add($"{method} {route}?{name}");
                    using var response = await SendAsync(endpoint, endpoint.System ? system : tenant, $"{endpoint.Url}?{name}={SampleOf(parameter)}");
                    var text = await response.Content.ReadAsStringAsync();
                    if (IsUnknownParameterProblem(response, text, name))
                    {
                        failures.Add($"{method} {route}?{name}: {text}");
                    }
                }
            }
        }

        Assert.Empty(failures);
        Assert.Contains("GET /api/v1/contacts?blocked", checkedParameters);
        Assert.Contains("GET /api/v1/contacts?createdFrom", checkedParameters);
        Assert.Contains("GET /api/v1/contacts/{id}?includeArchived", checkedParameters);
        Assert.Contains("GET /api/v1/runs?kind", checkedParameters);
    }

    [Fact]
    public async Task KnownParameters_AreReadInAnyCase_AndTogether()
    {
        using var client = await factory.NewTenantAsync();
        var contact = await client.CreateContactAsync(ApiClientExtensions.Person("Quinn", "Query"));

        var all = "q=Quinn&name=Que&kind=person&category=&limit=10&sort=name&descending=false&email=quinn@example.com"
            + "&referenceCode=&allowedChannel=email&preferredChannel=email&consent=direct-marketing:none&includeInvalid=true&status=draft"
            + "&lifeCycle=marketing&accessibilityNeed=&confidentiality=free&blocked=false&hasEmail=true&hasPhone=false&country="
            + "&createdFrom=2000-01-01&createdTo=2999-01-01&updatedFrom=2000-01-01T00:00:00Z&updatedTo=2999-01-01T00:00:00%2B01:00";
        var page = await (await client.GetAsync($"/api/v1/contacts?{all}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(contact.Id(), Assert.Single(page.GetProperty("items").EnumerateArray()).Id());

        var upper = await (await client.GetAsync("/api/v1/contacts?Blocked=FALSE&HASEMAIL=true")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(contact.Id(), Assert.Single(upper.GetProperty("items").EnumerateArray()).Id());
        var viewed = await (await client.GetAsync($"/api/v1/contacts/{contact.Id()}?includeArchived=true")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(contact.Id(), viewed.Id());
    }

    [Fact]
    public async Task ContactList_RefusesEveryUnknownName_ButReadsItsCustomFieldFilters()
    {
        using var client = await factory.NewTenantAsync();

        var problem = await (await client.GetAsync("/api/v1/contacts?blocked=true&blockd=true&sortBy=name")).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("https://contacthub.dev/problems/unknown-query-parameter", problem.GetProperty("type").GetString());
        Assert.Equal(["blockd", "sortBy"], problem.ErrorFields().Order(StringComparer.Ordinal));
        Assert.Contains("hasEmail", problem.GetProperty("errors").GetProperty("blockd")[0].GetString(), StringComparison.Ordinal);

        // custom.<key> is read by the list (an unknown field is its own error); the prefix is matched as written.
        var custom = await (await client.GetAsync("/api/v1/contacts?custom.shoeSize=42")).JsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["custom.shoeSize"], custom.ErrorFields());
        var misspelt = await (await client.GetAsync("/api/v1/contacts?Custom.shoeSize=42")).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Custom.shoeSize"], misspelt.ErrorFields());
    }

    [Fact]
    public async Task RouteValue_RepeatedInTheQuery_IsRefused()
    {
        using var client = await factory.NewTenantAsync();
        var contact = await client.CreateContactAsync(ApiClientExtensions.Person());

        var problem = await (await client.GetAsync($"/api/v1/contacts/{contact.Id()}?id={Guid.NewGuid()}")).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["id"], problem.ErrorFields());
        Assert.Equal("Not a query parameter of this endpoint; it reads: includeArchived.", problem.GetProperty("errors").GetProperty("id")[0].GetString());

        var none = await (await client.GetAsync($"/api/v1/contacts/{contact.Id()}/consents?purpose=x")).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("This endpoint takes no query parameters.", none.GetProperty("errors").GetProperty("purpose")[0].GetString());
    }

    private static bool IsUnknownParameterProblem(HttpResponseMessage response, string text, string name)
    {
        if (response.StatusCode != HttpStatusCode.BadRequest || text.Length == 0)
        {
            return false;
        }

        var problem = JsonDocument.Parse(text).RootElement;
        return problem.TryGetProperty("type", out var type) && type.GetString() == "https://contacthub.dev/problems/unknown-query-parameter"
            && problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(name, out _);
    }

    private static Task<HttpResponseMessage> SendAsync(ApiEndpoint endpoint, HttpClient client, string url) => client.SendAsync(endpoint.Request(url));

    // A value of the documented type: the check is that the name is read, not that the value finds anything.
    private static string SampleOf(JsonElement parameter)
    {
        var schema = parameter.TryGetProperty("schema", out var s) ? s : default;
        var type = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var t) ? t.ToString() : "string";
        return type.Contains("boolean", StringComparison.Ordinal) ? "true" : type.Contains("integer", StringComparison.Ordinal) ? "1" : "x";
    }

    private List<ApiEndpoint> ApiEndpoints() => ApiEndpoint.All(factory.Services);
}
