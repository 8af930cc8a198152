using System.Net;
using ContactHub.Access;
using ContactHub.Contacts;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice;

public sealed class RoleGateTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Pages_WithoutSession_RedirectToLogin()
    {
        using var client = BackOfficeClient.For(factory);

        var response = await client.Http.GetAsync("/contacts");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_WithSessionCookieOnly_IsUnauthorized()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Administrator);
        using var session = client;

        var response = await client.Http.GetAsync("/api/v1/contacts");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Viewer_ReadsContacts_ButCannotEditOrAdminister()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;
        var contactId = await CreateContactAsync(organisationId);

        var list = await client.Http.GetAsync("/contacts");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal("text/html; charset=utf-8", list.Content.Headers.ContentType?.ToString());
        Assert.Contains("Zoë Müller", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync($"/contacts/{contactId}")).StatusCode);
        AssertDenied(await client.Http.GetAsync($"/contacts/{contactId}/edit"));
        AssertDenied(await client.Http.GetAsync("/admin/operators"));
        var post = await client.PostFormAsync($"/contacts/{contactId}", new() { ["version"] = "1", ["NewEmail.Type"] = "work", ["NewEmail.Address"] = "x@example.com" },
            $"/contacts/{contactId}?handler=AddEmail");
        AssertDenied(post);
    }

    [Fact]
    public async Task Operator_EditsButCannotAdminister()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/contacts/new/person")).StatusCode);
        AssertDenied(await client.Http.GetAsync("/admin/operators"));
    }

    [Fact]
    public async Task Session_OfDisabledOperator_Ends()
    {
        var (client, organisationId, operatorId) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/contacts")).StatusCode);

        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId,
            services => services.GetRequiredService<OperatorService>().DisableAsync(operatorId, CancellationToken.None));

        var after = await client.Http.GetAsync("/contacts");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/login", after.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<Guid> CreateContactAsync(Guid organisationId)
    {
        var id = Guid.Empty;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            id = (await services.GetRequiredService<ContactService>().CreateAsync(
                new ContactRequest { Kind = ContactKind.Person, FirstName = "Zoë", LastName = "Müller", Notes = "Prefers calls" }, CancellationToken.None)).Id);
        return id;
    }

    private static void AssertDenied(HttpResponseMessage response) => BackOfficeClient.AssertForbiddenPage(response);
}
