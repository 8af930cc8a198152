using System.Net;
using ContactHub.Access;
using ContactHub.Contacts;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice;

/// <summary>Identity documents and accessibility needs in the back office: masked by role, never overwritten by the mask.</summary>
public sealed class IdentityDocumentPagesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task AnOperator_SeesDocumentsMasked_AndSavingTheFormKeepsThem()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var id = await CreatePersonAsync(organisationId);

        var page = await client.Http.GetStringAsync($"/contacts/{id}");
        Assert.Contains("••••21", page, StringComparison.Ordinal);
        Assert.DoesNotContain("CH-7654321", page, StringComparison.Ordinal);

        var form = await client.Http.GetStringAsync($"/contacts/{id}/edit");
        Assert.Contains("id=\"masked-id-number\">••••21</output>", form, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Form.IdNumber\"", form, StringComparison.Ordinal);

        var saved = await client.PostFormAsync($"/contacts/{id}/edit", new() { ["Version"] = "1", ["Form.LastName"] = "Renamed" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await ReadAsync(organisationId, id);
        Assert.Equal(("Renamed", "CH-7654321"), (stored.LastName, stored.IdNumber));
    }

    [Fact]
    public async Task AnAdministrator_SeesAndEditsThemWhole()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Administrator);
        using var session = client;
        var id = await CreatePersonAsync(organisationId);

        Assert.Contains("CH-7654321", await client.Http.GetStringAsync($"/contacts/{id}"), StringComparison.Ordinal);
        var form = await client.Http.GetStringAsync($"/contacts/{id}/edit");
        Assert.Contains("name=\"Form.IdNumber\"", form, StringComparison.Ordinal);

        var saved = await client.PostFormAsync($"/contacts/{id}/edit", new() { ["Version"] = "1", ["Form.LastName"] = "Keller", ["Form.IdNumber"] = "CH-1111111" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("CH-1111111", (await ReadAsync(organisationId, id)).IdNumber);
    }

    [Fact]
    public async Task TheCreateForm_OffersTheAccessibilityNeeds_AndTheContactPageShowsThem()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;

        var form = await client.Http.GetStringAsync("/contacts/new/person");
        Assert.Contains("name=\"Form.AccessibilityNeeds\" value=\"wheelchair-space\"", form, StringComparison.Ordinal);

        var created = await client.PostFormAsync("/contacts/new/person", new() { ["Form.LastName"] = "Rollstuhl", ["Form.AccessibilityNeeds"] = "wheelchair-space" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await client.Http.GetStringAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("<dt><small>Accessibility needs</small></dt><dd>wheelchair-space</dd>", page, StringComparison.Ordinal);
    }

    private async Task<Guid> CreatePersonAsync(Guid organisationId)
    {
        var id = Guid.Empty;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            id = (await services.GetRequiredService<ContactService>().CreateAsync(
                new ContactRequest { Kind = ContactKind.Person, LastName = "Keller", IdNumber = "CH-7654321" }, CancellationToken.None)).Id);
        return id;
    }

    private async Task<ContactView> ReadAsync(Guid organisationId, Guid id)
    {
        ContactView? view = null;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            view = await services.GetRequiredService<ContactService>().GetAsync(id, CancellationToken.None));
        return view!;
    }
}
