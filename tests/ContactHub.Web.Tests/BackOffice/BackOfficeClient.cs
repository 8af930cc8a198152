using System.Net;
using System.Text.RegularExpressions;
using ContactHub.Access;
using ContactHub.Organisations;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice;

/// <summary>A browser-like client of the back office: keeps the cookies and sends each form's anti-forgery token.</summary>
internal sealed partial class BackOfficeClient(HttpClient http) : IDisposable
{
    public const string Password = "Correct-Horse-Battery-9";

    public HttpClient Http { get; } = http;

    public static BackOfficeClient For(WebApplicationFactory<Program> factory) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A new organisation with one operator of the given role; returns its id and the operator's e-mail.</summary>
    public static async Task<(Guid OrganisationId, Guid OperatorId, string Email)> NewOperatorAsync(WebApplicationFactory<Program> factory, OperatorRole role)
    {
        using var scope = factory.Services.CreateScope();
        var caller = scope.ServiceProvider.GetRequiredService<CallerContext>();
        caller.Current = Caller.System("tests");
        var organisation = await scope.ServiceProvider.GetRequiredService<OrganisationService>()
            .CreateAsync(new OrganisationRequest("Tenant " + Guid.NewGuid(), "CH"), CancellationToken.None);
        caller.Current = caller.Current.ForOrganisation(organisation.Id);
        var email = $"{role}-{Guid.NewGuid():N}@example.com".ToLowerInvariant();
        var created = await scope.ServiceProvider.GetRequiredService<OperatorService>()
            .CreateAsync(new OperatorRequest(email, $"Test {role}", role, Clearance.Confidential, Password), CancellationToken.None);
        return (organisation.Id, created.Id, email);
    }

    /// <summary>A new organisation and operator, already logged in: the start of most page tests.</summary>
    public static async Task<(BackOfficeClient Client, Guid OrganisationId, Guid OperatorId)> LogInNewAsync(WebApplicationFactory<Program> factory, OperatorRole role)
    {
        var (organisationId, operatorId, email) = await NewOperatorAsync(factory, role);
        var client = For(factory);
        var response = await client.LogInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, organisationId, operatorId);
    }

    public static async Task RunAsOrganisationAsync(WebApplicationFactory<Program> factory, Guid organisationId, Func<IServiceProvider, Task> work)
    {
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().Current = Caller.System("tests").ForOrganisation(organisationId);
        await work(scope.ServiceProvider);
    }

    public async Task<HttpResponseMessage> LogInAsync(string email, string password = Password) =>
        await PostFormAsync("/account/login", new() { ["Email"] = email, ["Password"] = password });

    /// <summary>Reads the page at <paramref name="formPage"/> for its token, then posts the fields to <paramref name="action"/> (the same page by default).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, Dictionary<string, string> fields, string? action = null)
    {
        var page = await Http.GetStringAsync(formPage);
        var token = TokenField().Match(page);
        Assert.True(token.Success, $"No anti-forgery token on {formPage}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await Http.PostAsync(action ?? formPage, new FormUrlEncodedContent(fields));
    }

    /// <summary>As <see cref="PostFormAsync"/>, for fields that repeat (a group of checkboxes).</summary>
    public async Task<HttpResponseMessage> PostFieldsAsync(string formPage, string action, List<KeyValuePair<string, string>> fields)
    {
        var page = await Http.GetStringAsync(formPage);
        var token = TokenField().Match(page);
        Assert.True(token.Success, $"No anti-forgery token on {formPage}");
        fields.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        return await Http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts one file as a browser's multipart form would, with the page's anti-forgery token.</summary>
    public async Task<HttpResponseMessage> PostMultipartAsync(string formPage, string action, string field, string fileName, byte[] content)
    {
        var page = await Http.GetStringAsync(formPage);
        var token = TokenField().Match(page);
        Assert.True(token.Success, $"No anti-forgery token on {formPage}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
            { new ByteArrayContent(content), field, fileName },
        };
        return await Http.PostAsync(action, form);
    }

    /// <summary>A refused role: status 403 at the address asked for, answered with the back office's error page.</summary>
    public static void AssertForbiddenPage(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    /// <summary>Follows the redirect after a change and returns the page it leads to (with the change's message).</summary>
    public async Task<string> FollowAsync(HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        return await Http.GetStringAsync(redirect.Headers.Location);
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
