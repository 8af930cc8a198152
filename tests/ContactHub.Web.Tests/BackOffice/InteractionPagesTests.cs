using System.Net;
using ContactHub.Access;
using ContactHub.Contacts;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice;

/// <summary>The contact's Interactions tab (issue 22, item 5): record, show encoded, change the status, name it in the history.</summary>
public sealed class InteractionPagesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Tab_RecordsAnInteraction_ShowsItEncoded_ChangesItsStatus_AndTheHistoryNamesIt()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var id = Guid.Empty;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            id = (await services.GetRequiredService<ContactService>().CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Lee" }, CancellationToken.None)).Id);
        var tab = $"/contacts/{id}/interactions";

        var refused = await client.PostFormAsync(tab, new() { ["Form.Type"] = "Call", ["Form.Direction"] = "In", ["Form.Subject"] = "", ["Form.OccurredAt"] = "2026-03-01T10:00" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("id=\"Form_Subject-error\">A subject of 1 to 200", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var recorded = await client.PostFormAsync(tab, new()
        {
            ["Form.Type"] = "Call", ["Form.Direction"] = "In", ["Form.Medium"] = "phone", ["Form.Subject"] = "Asked for tickets",
            ["Form.Description"] = "<script>alert(1)</script>", ["Form.OccurredAt"] = "2026-03-01T10:00",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var page = await client.Http.GetStringAsync(tab);
        Assert.Contains("Interaction recorded.", page, StringComparison.Ordinal);
        Assert.Contains("<strong>Asked for tickets</strong>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        var interactionId = System.Text.RegularExpressions.Regex.Match(page, "data-interaction=\"([0-9a-f-]+)\"").Groups[1].Value;

        var closed = await client.PostFormAsync(tab, new() { ["interactionId"] = interactionId, ["status"] = "Closed" }, $"{tab}?handler=Status");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Contains("<span data-status>closed</span>", await client.Http.GetStringAsync(tab), StringComparison.Ordinal);
        var history = WebUtility.HtmlDecode(await client.Http.GetStringAsync($"/contacts/{id}/history"));
        Assert.Contains("Interaction recorded: Asked for tickets", history, StringComparison.Ordinal);
    }
}
