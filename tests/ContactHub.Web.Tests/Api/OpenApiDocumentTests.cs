using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContactHub.Web.Tests.Api;

/// <summary>
/// The OpenAPI document is complete enough for generated clients, proved for every operation it holds and every
/// endpoint the app maps (no list to keep): ids, summaries, security, problem responses with the one problem schema,
/// typed bodies, string enums, plain numbers, the headers a client must send or can read.
/// </summary>
public sealed class OpenApiDocumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string ProblemRef = "#/components/schemas/Problem";

    [Fact]
    public async Task EveryOperation_HasAUniqueId_ASummary_ADescription_AndSecurity()
    {
        using var document = await DocumentAsync();
        var operations = Operations(document);
        var failures = new List<string>();
        foreach (var (name, operation) in operations)
        {
            foreach (var member in new[] { "operationId", "summary", "description" })
            {
                if (!operation.TryGetProperty(member, out var value) || string.IsNullOrWhiteSpace(value.GetString()))
                {
                    failures.Add($"{name}: no {member}");
                }
            }

            if (!operation.TryGetProperty("security", out var security) || security.GetArrayLength() == 0)
            {
                failures.Add($"{name}: no security requirement");
            }
        }

        failures.AddRange(operations.Where(o => o.Operation.TryGetProperty("operationId", out _))
            .GroupBy(o => o.Operation.GetProperty("operationId").GetString()).Where(g => g.Count() > 1)
            .Select(g => $"operationId {g.Key} on {string.Join(", ", g.Select(o => o.Name))}"));
        failures.AddRange(ApiEndpoint.All(factory.Services).Where(e => !operations.Any(o => o.Name == $"{e.Method} {e.Template}"))
            .Select(e => $"{e.Method} {e.Route}: mapped but not in the document"));

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(operations.Count >= 70, $"Only {operations.Count} operations in the document.");
    }

    [Fact]
    public async Task TheDocument_DescribesItsApi_AndEveryTagItUses()
    {
        using var document = await DocumentAsync();
        var root = document.RootElement;
        Assert.StartsWith("3.1", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("info").GetProperty("description").GetString()));
        var described = root.GetProperty("tags").EnumerateArray()
            .Where(t => t.TryGetProperty("description", out var d) && !string.IsNullOrWhiteSpace(d.GetString()))
            .Select(t => t.GetProperty("name").GetString()).ToHashSet();
        var undescribed = Operations(document).SelectMany(o => o.Operation.GetProperty("tags").EnumerateArray().Select(t => t.GetString()))
            .Distinct().Where(t => !described.Contains(t)).ToList();
        Assert.True(undescribed.Count == 0, "Tags without a description: " + string.Join(", ", undescribed));
    }

    [Fact]
    public async Task EveryOperation_DeclaresTheProblemsItCanGive_AsTheOneProblemSchema()
    {
        using var document = await DocumentAsync();
        var failures = new List<string>();
        foreach (var (name, operation) in Operations(document))
        {
            var responses = operation.GetProperty("responses");
            var statuses = responses.EnumerateObject().Select(r => r.Name).ToHashSet();
            var parameters = operation.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
            var ifMatch = parameters.FirstOrDefault(x => x.GetProperty("in").GetString() == "header" && x.GetProperty("name").GetString() == "If-Match");
            var expected = new List<string> { "400", "401", "403" };
            if (parameters.Any(x => x.GetProperty("in").GetString() == "path"))
            {
                expected.Add("404");
            }

            if (operation.TryGetProperty("requestBody", out _))
            {
                expected.Add("422");
            }

            if (ifMatch.ValueKind == JsonValueKind.Object)
            {
                expected.Add("412");
                if (ifMatch.TryGetProperty("required", out var required) && required.GetBoolean())
                {
                    expected.Add("428");
                }
            }

            failures.AddRange(expected.Where(s => !statuses.Contains(s)).Select(s => $"{name}: no {s} response"));
            foreach (var response in responses.EnumerateObject().Where(r => r.Name[0] is '4' or '5'))
            {
                var content = response.Value.TryGetProperty("content", out var c) ? c.EnumerateObject().ToList() : [];
                if (content is not [{ Name: "application/problem+json" } only]
                    || !only.Value.TryGetProperty("schema", out var schema) || !schema.TryGetProperty("$ref", out var reference) || reference.GetString() != ProblemRef)
                {
                    failures.Add($"{name}: {response.Name} is not application/problem+json with {ProblemRef}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task TheProblemSchema_HoldsEveryMemberTheApiWrites_WithTheFieldErrorsMap()
    {
        using var document = await DocumentAsync();
        var schema = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("Problem");
        var declared = schema.GetProperty("properties");
        var client = await factory.NewTenantAsync();
        using var system = factory.SystemClient();
        var contact = await client.CreateContactAsync(ApiClientExtensions.Person());
        var id = contact.GetProperty("id").GetString();
        var problems = new List<(HttpStatusCode Status, HttpResponseMessage Response)>
        {
            (HttpStatusCode.UnprocessableEntity, await client.PostAsJsonAsync("/api/v1/contacts", new { kind = "person", lastName = "X", shoeSize = 42 })),
            (HttpStatusCode.BadRequest, await client.GetAsync("/api/v1/contacts?blockd=true")),
            (HttpStatusCode.PreconditionFailed, await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{id}", new { lastName = "Y" }, "\"999\"")),
            (HttpStatusCode.PreconditionRequired, await client.SendAsync(HttpMethod.Patch, $"/api/v1/contacts/{id}", new { lastName = "Y" })),
            (HttpStatusCode.NotFound, await client.GetAsync($"/api/v1/contacts/{Guid.NewGuid()}")),
            (HttpStatusCode.Unauthorized, await factory.CreateClient().GetAsync("/api/v1/contacts")),
            (HttpStatusCode.Forbidden, await system.GetAsync("/api/v1/contacts")),
        };

        foreach (var (status, response) in problems)
        {
            var body = await response.JsonAsync(status);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            foreach (var member in body.EnumerateObject())
            {
                Assert.True(declared.TryGetProperty(member.Name, out var property), $"{(int)status}: '{member.Name}' is not in the Problem schema");
                Assert.Equal(KindOf(member.Value.ValueKind), property.GetProperty("type").GetString());
            }

            foreach (var required in schema.GetProperty("required").EnumerateArray())
            {
                Assert.True(body.TryGetProperty(required.GetString()!, out _), $"{(int)status}: no '{required.GetString()}'");
            }
        }

        var errors = (await problems[0].Response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.NotEmpty(errors.EnumerateObject());
        Assert.All(errors.EnumerateObject(), e => Assert.All(e.Value.EnumerateArray(), m => Assert.Equal(JsonValueKind.String, m.ValueKind)));
        var map = declared.GetProperty("errors");
        Assert.Equal("object", map.GetProperty("type").GetString());
        Assert.Equal("array", map.GetProperty("additionalProperties").GetProperty("type").GetString());
        Assert.Equal("string", map.GetProperty("additionalProperties").GetProperty("items").GetProperty("type").GetString());
    }

    [Fact]
    public async Task EveryBody_IsTyped_InRequestsAndResponses()
    {
        using var document = await DocumentAsync();
        var operations = Operations(document);
        var failures = new List<string>();
        foreach (var endpoint in ApiEndpoint.All(factory.Services).Where(e => e.AcceptsBody))
        {
            var operation = operations.Single(o => o.Name == $"{endpoint.Method} {endpoint.Template}").Operation;
            if (!operation.TryGetProperty("requestBody", out var body))
            {
                failures.Add($"{endpoint.Method} {endpoint.Template}: accepts a body, the document declares none");
                continue;
            }

            failures.AddRange(UntypedContent(body).Select(media => $"{endpoint.Method} {endpoint.Template}: request {media} untyped"));
        }

        foreach (var (name, operation) in operations)
        {
            foreach (var response in operation.GetProperty("responses").EnumerateObject())
            {
                failures.AddRange(UntypedContent(response.Value).Select(media => $"{name}: {response.Name} {media} untyped"));
                if (response.Name == "200" && !response.Value.TryGetProperty("content", out _))
                {
                    failures.Add($"{name}: 200 without a body");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task EveryEnum_IsAString_AndEveryNumber_IsOnlyANumber()
    {
        using var document = await DocumentAsync();
        var failures = new List<string>();
        Walk(document.RootElement, "#", (path, node) =>
        {
            if (node.TryGetProperty("enum", out var values) && values.EnumerateArray().All(v => v.ValueKind is JsonValueKind.String or JsonValueKind.Null)
                && !TypesOf(node).Contains("string"))
            {
                failures.Add($"{path}: an enum without type string");
            }

            var types = TypesOf(node);
            if (types.Contains("string") && (types.Contains("integer") || types.Contains("number")))
            {
                failures.Add($"{path}: type [{string.Join(", ", types)}]");
            }
        });

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task TheHeaders_AreDeclaredWhereTheyApply()
    {
        using var document = await DocumentAsync();
        var failures = new List<string>();
        foreach (var (name, operation) in Operations(document))
        {
            var headers = operation.TryGetProperty("parameters", out var p)
                ? p.EnumerateArray().Where(x => x.GetProperty("in").GetString() == "header").Select(x => x.GetProperty("name").GetString()).ToHashSet()
                : [];
            if (name.StartsWith("POST ", StringComparison.Ordinal) && !headers.Contains("Idempotency-Key"))
            {
                failures.Add($"{name}: no Idempotency-Key");
            }

            foreach (var response in operation.GetProperty("responses").EnumerateObject().Where(r => r.Name is "201" or "202"))
            {
                if (!response.Value.TryGetProperty("headers", out var declared) || !declared.TryGetProperty("Location", out _))
                {
                    failures.Add($"{name}: {response.Name} without Location");
                }
            }

            if (headers.Contains("If-Match") && !operation.GetProperty("responses").EnumerateObject()
                    .Any(r => r.Name.StartsWith('2') && r.Name != "204" && r.Value.TryGetProperty("headers", out var h) && h.TryGetProperty("ETag", out _))
                && !operation.GetProperty("responses").TryGetProperty("204", out _))
            {
                failures.Add($"{name}: reads If-Match but declares no ETag");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        var getContact = Operations(document).Single(o => o.Name == "GET /api/v1/contacts/{id}").Operation;
        Assert.True(getContact.GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("ETag", out _));
    }

    /// <summary>Media types of a request body or response whose schema is neither a reference nor typed.</summary>
    private static IEnumerable<string> UntypedContent(JsonElement holder) =>
        holder.TryGetProperty("content", out var content)
            ? content.EnumerateObject().Where(m => !m.Value.TryGetProperty("schema", out var s) || !(s.TryGetProperty("$ref", out _) || s.TryGetProperty("type", out _)))
                .Select(m => m.Name)
            : [];

    private static List<string> TypesOf(JsonElement node) =>
        // A "properties" map may hold a property named "type": only a string or an array is a schema's type.
        !node.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)]
        : type.ValueKind == JsonValueKind.String ? [type.GetString()!]
        : [];

    private static string KindOf(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "string",
        JsonValueKind.Number => "integer",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        _ => kind.ToString(),
    };

    private static void Walk(JsonElement node, string path, Action<string, JsonElement> visit)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            visit(path, node);
            foreach (var member in node.EnumerateObject())
            {
                Walk(member.Value, $"{path}/{member.Name}", visit);
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in node.EnumerateArray())
            {
                Walk(item, $"{path}/{i++}", visit);
            }
        }
    }

    private static List<(string Name, JsonElement Operation)> Operations(JsonDocument document) =>
    [
        .. document.RootElement.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(m => m.Name is "get" or "post" or "put" or "patch" or "delete")
            .Select(m => ($"{m.Name.ToUpperInvariant()} {path.Name.TrimEnd('/')}", m.Value))),
    ];

    private async Task<JsonDocument> DocumentAsync()
    {
        using var system = factory.SystemClient();
        return JsonDocument.Parse(await system.GetStringAsync("/openapi/v1.json"));
    }
}
