using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ContactHub.Web.Tests.Api;

/// <summary>
/// "A contact above the caller's clearance does not exist for that caller", proved over every GET endpoint the OpenAPI
/// document lists (not a list kept by hand, so a new endpoint is walked too): a Free key asks for a confidential
/// contact, its parts, a deleted confidential contact and the free contacts linked to them, with every route value
/// filled by each of their ids, and gets a 404 or an answer that holds none of their ids, names or values.
/// </summary>
public sealed class ClearanceWalkTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    // In the photo's bytes too, so a photo served to the wrong caller is caught like any text.
    private const string PhotoMarker = "QXHIDDENPHOTO";

    [Fact]
    public async Task EveryGetEndpoint_WithAFreeKey_AnswersNotFoundOrHidesTheConfidentialContactAndItsParts()
    {
        var clients = await factory.NewTenantWithKeysAsync("CH", "confidential", "free");
        using var confidential = clients[0];
        using var free = clients[1];
        var secrets = await SeedAsync(confidential);

        var requests = new List<string>();
        var failures = new List<string>();
        using var document = JsonDocument.Parse(await free.GetStringAsync("/openapi/v1.json"));
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/v1/", StringComparison.Ordinal)))
        {
            if (!path.Value.TryGetProperty("get", out var operation))
            {
                continue;
            }

            var parameters = operation.TryGetProperty("parameters", out var p) ? [.. p.EnumerateArray()] : new List<JsonElement>();
            var booleans = string.Join('&', parameters.Where(x => x.GetProperty("in").GetString() == "query" && TypeOf(x).Contains("boolean", StringComparison.Ordinal))
                .Select(x => x.GetProperty("name").GetString() + "=true"));
            foreach (var url in Urls(path.Name, parameters, secrets.Ids))
            {
                foreach (var query in booleans.Length == 0 ? [url] : new[] { url, url + "?" + booleans })
                {
                    requests.Add(query);
                    using var response = await free.GetAsync(query);
                    if (response.StatusCode == HttpStatusCode.NotFound)
                    {
                        continue;
                    }

                    var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
                    var leaked = secrets.Markers.Where(m => text.Contains(m, StringComparison.OrdinalIgnoreCase)).ToList();
                    if (leaked.Count > 0 || (int)response.StatusCode >= 500)
                    {
                        failures.Add($"GET {query}: {(int)response.StatusCode} shows {string.Join(", ", leaked)}");
                    }
                }
            }
        }

        // The walk cannot pass by finding nothing: the contact itself, its history and its photo are among what it asked.
        Assert.Contains($"/api/v1/contacts/{secrets.Contact}", requests);
        Assert.Contains($"/api/v1/contacts/{secrets.Deleted}/history", requests);
        Assert.Contains($"/api/v1/contacts/{secrets.Contact}/photo", requests);
        Assert.True(requests.Count > 100, $"Only {requests.Count} requests made.");
        Assert.True(failures.Count == 0, string.Join('\n', failures));

        // …and the confidential key does see what the Free key is refused, so the markers are real.
        var seen = await confidential.GetStringAsync($"/api/v1/contacts/{secrets.Contact}");
        Assert.Contains(secrets.Markers[0], seen, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await confidential.GetAsync($"/api/v1/contacts/{secrets.Deleted}/history")).StatusCode);
    }

    /// <summary>The path with each route value filled by each id (and a sample for values that are not ids).</summary>
    private static IEnumerable<string> Urls(string template, List<JsonElement> parameters, IReadOnlyList<Guid> ids)
    {
        IEnumerable<string> urls = [template.TrimEnd('/')];
        foreach (var parameter in parameters.Where(x => x.GetProperty("in").GetString() == "path"))
        {
            var placeholder = "{" + parameter.GetProperty("name").GetString() + "}";
            var values = IsUuid(parameter) ? ids.Select(id => id.ToString()) : ["sample"];
            urls = urls.SelectMany(url => values.Select(value => url.Replace(placeholder, value, StringComparison.Ordinal))).ToList();
        }

        return urls;
    }

    private static bool IsUuid(JsonElement parameter) =>
        parameter.TryGetProperty("schema", out var schema) && schema.TryGetProperty("format", out var format) && format.GetString() == "uuid";

    private static string TypeOf(JsonElement parameter) =>
        parameter.TryGetProperty("schema", out var schema) && schema.TryGetProperty("type", out var type) ? type.ToString() : string.Empty;

    /// <summary>
    /// A confidential person with every kind of part, a confidential company, a deleted confidential person, and free
    /// contacts that point at them (relations both ways, a company link), so the free side's views and histories are walked too.
    /// </summary>
    private static async Task<Secrets> SeedAsync(HttpClient confidential)
    {
        var company = (await confidential.CreateContactAsync(new { kind = "company", companyName = "Qxhiddencorp AG", confidentiality = "confidential" })).Id();
        var openCompany = (await confidential.CreateContactAsync(new { kind = "company", companyName = "Open AG" })).Id();
        var contact = await confidential.CreateContactAsync(new
        {
            kind = "person", firstName = "Qxhidfirst", lastName = "Qxhidlast", confidentiality = "confidential", referenceCode = "QXREF-77",
            emails = new[] { new { type = "work", address = "qxhidden@example.com" } },
            phones = new[] { new { type = "mobile", number = "+41 79 555 01 23" } },
            addresses = new[] { new { type = "home", street = "Qxhiddenstrasse 9", postalCode = "8000", city = "Zürich", country = "CH" } },
        });
        var id = contact.Id();
        var open = (await confidential.CreateContactAsync(new { kind = "person", firstName = "Open", lastName = "Person" })).Id();

        var relation = await (await confidential.PostAsJsonAsync($"/api/v1/contacts/{id}/relations", new { relatedContactId = open, type = "partner" })).JsonAsync(HttpStatusCode.Created);
        var inward = await (await confidential.PostAsJsonAsync($"/api/v1/contacts/{open}/relations", new { relatedContactId = id, type = "partner" })).JsonAsync(HttpStatusCode.Created);
        var link = await (await confidential.PostAsJsonAsync($"/api/v1/contacts/{id}/companies", new { companyId = openCompany, role = "Qxhiddenrole" })).JsonAsync(HttpStatusCode.Created);
        var openLink = await (await confidential.PostAsJsonAsync($"/api/v1/contacts/{open}/companies", new { companyId = company, role = "Member" })).JsonAsync(HttpStatusCode.Created);
        var png = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Encoding.ASCII.GetBytes(PhotoMarker)]);
        png.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        await (await confidential.PutAsync($"/api/v1/contacts/{id}/photo", png)).JsonAsync(HttpStatusCode.NoContent);
        var purposes = await (await confidential.GetAsync("/api/v1/definition/consent-purposes")).JsonAsync(HttpStatusCode.OK);
        var textId = purposes.EnumerateArray().Single(p => p.GetProperty("key").GetString() == "direct-marketing").GetProperty("texts")[0].Id();
        var consent = await (await confidential.PostAsJsonAsync($"/api/v1/contacts/{id}/consents", new { purpose = "direct-marketing", granted = true, method = "Qxhiddenmethod", textId })).JsonAsync(HttpStatusCode.Created);
        var overridden = await (await confidential.PostAsJsonAsync($"/api/v1/contacts/{id}/reachability/overrides", new { notificationType = "invoice", channel = "email", reason = "Qxhiddenreason for the override." })).JsonAsync(HttpStatusCode.Created);

        var deleted = (await confidential.CreateContactAsync(new { kind = "person", firstName = "Qxgone", lastName = "Qxdeleted", confidentiality = "confidential" })).Id();
        await (await confidential.SendAsync(HttpMethod.Delete, $"/api/v1/contacts/{deleted}", null, "\"1\"")).JsonAsync(HttpStatusCode.NoContent);

        var view = await (await confidential.GetAsync($"/api/v1/contacts/{id}")).JsonAsync(HttpStatusCode.OK);
        Guid PartId(string collection) => view.GetProperty(collection)[0].Id();
        Guid[] parts = [PartId("emails"), PartId("phones"), PartId("addresses"), relation.Id(), inward.Id(), link.Id(), openLink.Id(), consent.Id(), overridden.Id()];
        string[] markers =
        [
            "Qxhid", "Qxhiddencorp", "QXREF-77", "qxhidden@example.com", "795550123", "Qxhiddenstrasse", "Qxhiddenrole", "Qxhiddenmethod", "Qxhiddenreason",
            "Qxgone", "Qxdeleted", PhotoMarker, id.ToString(), company.ToString(), deleted.ToString(), .. parts.Select(p => p.ToString()),
        ];
        return new Secrets(id, deleted, [id, company, deleted, open, openCompany, .. parts], markers);
    }

    private sealed record Secrets(Guid Contact, Guid Deleted, IReadOnlyList<Guid> Ids, IReadOnlyList<string> Markers);
}
