using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContactHub.Web.Tests;

internal static class ApiClientExtensions
{
    public static object Person(string first = "Anna", string last = "Muster") => new
    {
        kind = "person",
        firstName = first,
        lastName = last,
        emails = new[] { new { type = "work", address = $"{first.ToLowerInvariant()}@example.com" } },
    };

    public static async Task<JsonElement> CreateContactAsync(this HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/contacts", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, object? body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        }

        return client.SendAsync(request);
    }

    /// <summary>Polls the run until it has succeeded or failed (a minute at most: the machine may be busy) and returns it.</summary>
    public static async Task<JsonElement> WaitForRunAsync(this HttpClient client, Guid runId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var run = await (await client.GetAsync($"/api/v1/runs/{runId}")).JsonAsync(HttpStatusCode.OK);
            if (run.GetProperty("status").GetString() is "succeeded" or "failed")
            {
                return run;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Run {runId} did not finish in time: {run}");
            await Task.Delay(100);
        }
    }

    public static Guid Id(this JsonElement element) => element.GetProperty("id").GetGuid();

    public static string ETag(this HttpResponseMessage response) => response.Headers.ETag!.Tag;

    /// <summary>The field names of a validation problem.</summary>
    public static IReadOnlyList<string> ErrorFields(this JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)];
}
