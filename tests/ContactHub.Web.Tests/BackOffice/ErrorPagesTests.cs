using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ContactHub.Access;
using ContactHub.Contacts.RecycleBin;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice;

/// <summary>
/// One decision for every failure: a back-office page answers with the friendly HTML page and the failure's status,
/// the API (or a client asking for JSON) with problem details — for a missing thing, a refused role and an exception.
/// </summary>
public sealed class ErrorPagesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Secret = "connection string with password=hunter2";

    [Fact]
    public async Task MissingContact_OnAPage_IsTheNotFoundPage_AndInTheApiProblemDetails()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var missing = Guid.NewGuid();

        foreach (var page in new[] { $"/contacts/{missing}", $"/contacts/{missing}/edit", $"/contacts/{missing}/delete", "/no-such-page" })
        {
            await AssertErrorPageAsync(await client.Http.GetAsync(page), HttpStatusCode.NotFound, "Not found");
        }

        using var api = await factory.NewTenantAsync();
        await AssertProblemAsync(await api.GetAsync($"/api/v1/contacts/{missing}"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await api.GetAsync("/api/v1/no-such-resource"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ClientAskingForJson_OutsideTheApi_GetsProblemDetails()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no-such-page");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        await AssertProblemAsync(await client.Http.SendAsync(request), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AdministrationPage_ForAnOperator_IsTheForbiddenPage()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;

        await AssertErrorPageAsync(await client.Http.GetAsync("/admin/operators"), HttpStatusCode.Forbidden, "Not allowed");
        await AssertErrorPageAsync(await client.PostFormAsync("/contacts/new/person", [], "/admin/api-keys?handler=Create"), HttpStatusCode.Forbidden, "Not allowed");
    }

    [Fact]
    public async Task Exception_InProduction_IsTheErrorPageOnAPage_AndProblemDetailsInTheApi_NeitherWithItsDetails()
    {
        // The recycle bin's service fails to build: a page and an endpoint that use it both throw.
        using var failing = factory.WithWebHostBuilder(b => b
            .UseEnvironment("Production")
            .ConfigureTestServices(s => s.AddScoped<RecycleBinService>(_ => throw new InvalidOperationException(Secret))));
        var (_, _, email) = await BackOfficeClient.NewOperatorAsync(factory, OperatorRole.Operator);
        using var client = new BackOfficeClient(failing.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        Assert.Equal(HttpStatusCode.Redirect, (await client.LogInAsync(email)).StatusCode);

        var html = await AssertErrorPageAsync(await client.Http.GetAsync("/contacts/recycle-bin"), HttpStatusCode.InternalServerError, "Something went wrong");
        Assert.DoesNotContain("hunter2", html, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), html, StringComparison.Ordinal);

        using var tenant = await factory.NewTenantAsync();
        using var api = failing.CreateClient();
        api.DefaultRequestHeaders.Authorization = tenant.DefaultRequestHeaders.Authorization;
        var problem = await AssertProblemAsync(await api.GetAsync("/api/v1/recycle-bin"), HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("hunter2", problem, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), problem, StringComparison.Ordinal);
    }

    private static async Task<string> AssertErrorPageAsync(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("data-testid=\"error-page\"", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        return html;
    }

    private static async Task<string> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
        return body;
    }
}
