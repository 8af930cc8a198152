using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ContactHub.Access;

namespace ContactHub.Web.Tests.BackOffice;

public sealed class AdministrationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ApiKey_IsShownOnceAfterTheRedirect_ReloadingCreatesNoSecondKey_WorksAndStopsWhenRevoked()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Administrator);
        using var session = client;

        // Post/redirect/get: the POST answers with a redirect, so a reload repeats the GET, never the POST.
        var created = await client.PostFormAsync("/admin/api-keys", new() { ["Name"] = "crm", ["Clearance"] = "Free", ["Scopes"] = "contacts:read" }, "/admin/api-keys?handler=Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/admin/api-keys", created.Headers.Location?.OriginalString);
        var html = await client.FollowAsync(created);
        var secret = Regex.Match(html, "value=\"(chk_[^\"]+)\" data-testid=\"new-key\"").Groups[1].Value;
        Assert.NotEmpty(secret);
        var reloaded = await client.Http.GetStringAsync("/admin/api-keys");
        Assert.DoesNotContain(secret, reloaded, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(reloaded, "<td>crm</td>"));

        using var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/contacts")).StatusCode);

        var keyId = Regex.Match(html, "name=\"keyId\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        var revoked = await client.PostFormAsync("/admin/api-keys", new() { ["keyId"] = keyId }, "/admin/api-keys?handler=Revoke");
        Assert.Contains("The key was revoked.", await client.FollowAsync(revoked), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/contacts")).StatusCode);
    }

    [Fact]
    public async Task ApiKey_ScopesAreOfferedAllTicked_ChosenAtCreation_ShownAndEnforced()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Administrator);
        using var session = client;
        var form = await client.Http.GetStringAsync("/admin/api-keys");
        foreach (var scope in ApiScopes.All)
        {
            Assert.Contains($"name=\"Scopes\" value=\"{scope}\" checked=\"checked\"", form, StringComparison.Ordinal);
        }

        var none = await client.PostFormAsync("/admin/api-keys", new() { ["Name"] = "nothing", ["Clearance"] = "Free" }, "/admin/api-keys?handler=Create");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, none.StatusCode);
        Assert.Contains("Choose at least one scope", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var created = await client.PostFormAsync("/admin/api-keys", new() { ["Name"] = "runner", ["Clearance"] = "Free", ["Scopes"] = "runs" }, "/admin/api-keys?handler=Create");
        var html = await client.FollowAsync(created);
        Assert.Contains("<td data-testid=\"scopes\">runs</td>", html, StringComparison.Ordinal);
        using var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Regex.Match(html, "value=\"(chk_[^\"]+)\" data-testid=\"new-key\"").Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/runs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/contacts")).StatusCode);
    }

    [Fact]
    public async Task Admin_LeadsToTheFirstAdministrationPage_ForAdministratorsOnly()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Administrator);
        using var session = client;

        var admin = await client.Http.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.Equal("/admin/lists", admin.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(admin.Headers.Location)).StatusCode);
        Assert.Contains("href=\"/admin\"", await client.Http.GetStringAsync("/contacts"), StringComparison.Ordinal);

        var (operatorClient, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var operatorSession = operatorClient;
        BackOfficeClient.AssertForbiddenPage(await operatorClient.Http.GetAsync("/admin"));
    }

    [Fact]
    public async Task Operator_CreatedByAdministrator_CanLogIn_AndWeakPasswordIsRefusedOnTheField()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Administrator);
        using var session = client;
        var email = $"new-{Guid.NewGuid():N}@example.com";

        var weak = await client.PostFormAsync("/admin/operators", new()
        {
            ["New.Email"] = email, ["New.DisplayName"] = "New One", ["New.Role"] = "Viewer", ["New.Clearance"] = "Free", ["New.Password"] = "short",
        }, "/admin/operators?handler=Create");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.Contains("id=\"New_Password-error\"", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var created = await client.PostFormAsync("/admin/operators", new()
        {
            ["New.Email"] = email, ["New.DisplayName"] = "New One", ["New.Role"] = "Viewer", ["New.Clearance"] = "Free", ["New.Password"] = BackOfficeClient.Password,
        }, "/admin/operators?handler=Create");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        using var newcomer = BackOfficeClient.For(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await newcomer.LogInAsync(email)).StatusCode);
    }
}
