using System.Net;
using System.Text.RegularExpressions;
using ContactHub.Access;
using ContactHub.Audit;
using ContactHub.Contacts;
using ContactHub.Contacts.Listing;
using ContactHub.Contacts.RecycleBin;
using ContactHub.Runs;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice;

/// <summary>
/// Bulk actions from the contacts list (issue 20, part 4): tick rows or choose all matching, pick the action, confirm a
/// question that names the count; small actions end with a message, large ones on the run's progress page.
/// </summary>
public sealed partial class BulkActionPagesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task List_OffersACheckboxPerRow_AndTheActionBar_ToEditorsOnly()
    {
        var (editor, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = editor;
        await CreateAsync(organisationId, ["Anna", "Bert"]);

        var html = await editor.Http.GetStringAsync("/contacts");
        Assert.Equal(2, RowCheckbox().Matches(html).Count);
        Assert.Contains("aria-label=\"Select all on this page\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"bulk-actions\"", html, StringComparison.Ordinal);
        Assert.Contains("All 2 matching", html, StringComparison.Ordinal);

        var (viewer, viewerOrganisation, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var viewing = viewer;
        await CreateAsync(viewerOrganisation, ["Carl"]);
        var viewed = await viewer.Http.GetStringAsync("/contacts");
        Assert.Empty(RowCheckbox().Matches(viewed));
        Assert.DoesNotContain("id=\"bulk-actions\"", viewed, StringComparison.Ordinal);
        BackOfficeClient.AssertForbiddenPage(await viewer.PostFormAsync("/contacts", new() { ["bulkAction"] = "Delete", ["bulkTarget"] = "All" }, "/contacts/bulk"));
    }

    [Fact]
    public async Task Selection_AddCategory_AsksWithTheCount_ThenSaysWhatItDid_AuditedAsTheOperator()
    {
        var (client, organisationId, operatorId) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var ids = await CreateAsync(organisationId, ["Anna", "Bert", "Carl"]);
        var fields = new List<(string, string)> { ("ids", ids[0].ToString()), ("ids", ids[1].ToString()), ("bulkTarget", "Selected"), ("bulkAction", "AddCategory"), ("bulkCategory", "VIP") };

        var question = await PostAsync(client, "/contacts/bulk?kind=Person", fields);
        Assert.Equal(HttpStatusCode.OK, question.StatusCode);
        var page = WebUtility.HtmlDecode(await question.Content.ReadAsStringAsync());
        Assert.Contains("Add category VIP to 2 contacts?", page, StringComparison.Ordinal);
        Assert.Equal(0, await CategorisedAsync(organisationId)); // asking changes nothing

        var done = await PostAsync(client, "/contacts/bulk?kind=Person&handler=Confirm", fields);
        Assert.Equal("/contacts?kind=Person", done.Headers.Location?.OriginalString);
        Assert.Contains("Add category VIP: added to 2 contacts.", WebUtility.HtmlDecode(await client.FollowAsync(done)), StringComparison.Ordinal);
        Assert.Equal(2, await CategorisedAsync(organisationId));
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var history = await services.GetRequiredService<HistoryService>().ForContactAsync(ids[0], null, null, CancellationToken.None);
            var entry = Assert.Single(history, e => e.EntityType == "category");
            Assert.Equal((ActorKind.Operator, operatorId, "ui"), (entry.ActorKind, entry.ActorId, entry.Source));
        });
    }

    [Fact]
    public async Task AllMatching_OverTheInlineLimit_RunsInTheBackground_OnThePageOfItsRun()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var companies = BulkActionServiceLimit + 3;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var contacts = services.GetRequiredService<ContactService>();
            for (var i = 0; i < companies; i++)
            {
                await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Company, CompanyName = $"Firm {i:D2} AG" }, CancellationToken.None);
            }
        });
        await CreateAsync(organisationId, ["Stays"]);
        var fields = new List<(string, string)> { ("bulkTarget", "All"), ("bulkAction", "Delete") };

        var question = WebUtility.HtmlDecode(await (await PostAsync(client, "/contacts/bulk?kind=Company", fields)).Content.ReadAsStringAsync());
        Assert.Contains($"Delete {companies} contacts?", question, StringComparison.Ordinal);
        Assert.Contains("runs in the background", question, StringComparison.Ordinal);

        var started = await PostAsync(client, "/contacts/bulk?kind=Company&handler=Confirm", fields);
        var location = started.Headers.Location?.OriginalString ?? string.Empty;
        Assert.Matches("^/contacts/bulk/[0-9a-f-]{36}$", location);
        var runId = Guid.Parse(location["/contacts/bulk/".Length..]);
        await WaitForRunAsync(organisationId, runId);

        var report = WebUtility.HtmlDecode(await client.Http.GetStringAsync(location));
        Assert.Contains("Delete (move to the recycle bin)", report, StringComparison.Ordinal);
        Assert.Contains($"<td data-testid=\"run-changed\">{companies}</td>", report, StringComparison.Ordinal);
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var left = await services.GetRequiredService<ContactListService>().ListAsync(new ContactQuery(), CancellationToken.None);
            Assert.Equal(["Stays"], left.Items.Select(c => c.DisplayName));
            Assert.Equal(companies, (await services.GetRequiredService<RecycleBinService>().ListAsync(null, 200, CancellationToken.None)).Items.Count);
        });
    }

    [Fact]
    public async Task MissingChoices_Are422_WithAMessageAtEachField()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        await CreateAsync(organisationId, ["Anna"]);

        var response = await PostAsync(client, "/contacts/bulk", [("bulkTarget", "Selected")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"bulkAction-error\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"bulkTarget-error\"", page, StringComparison.Ordinal);

        var noCategory = await PostAsync(client, "/contacts/bulk", [("bulkTarget", "All"), ("bulkAction", "AddCategory")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noCategory.StatusCode);
        Assert.Contains("id=\"bulkCategory-error\"", await noCategory.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunPage_OfAnotherKindOfRun_IsNotFound()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        Guid runId = Guid.Empty;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            runId = (await services.GetRequiredService<RunService>().QueueAsync(ContactHub.NameDays.NameDayRun.KindKey, new Dictionary<string, string> { ["mode"] = "all" }, CancellationToken.None)).Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/contacts/bulk/{runId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/contacts/bulk/{Guid.NewGuid()}")).StatusCode);
    }

    private const int BulkActionServiceLimit = ContactHub.Contacts.Bulk.BulkActionService.InlineLimit;

    private async Task<List<Guid>> CreateAsync(Guid organisationId, string[] names)
    {
        var ids = new List<Guid>();
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            foreach (var name in names)
            {
                ids.Add((await services.GetRequiredService<ContactService>().CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = name }, CancellationToken.None)).Id);
            }
        });
        return ids;
    }

    private async Task<int> CategorisedAsync(Guid organisationId)
    {
        var count = 0;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            count = (await services.GetRequiredService<ContactListService>().CountAsync(new ContactQuery(Category: "VIP"), 100, CancellationToken.None)).Value);
        return count;
    }

    private async Task WaitForRunAsync(Guid organisationId, Guid runId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            RunView? run = null;
            await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services => run = await services.GetRequiredService<RunService>().GetAsync(runId, CancellationToken.None));
            if (run!.Status is RunStatus.Succeeded or RunStatus.Failed)
            {
                Assert.Equal(RunStatus.Succeeded, run.Status);
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "The run did not finish in time.");
            await Task.Delay(100);
        }
    }

    // A form as a browser posts it: repeated names (the ticked rows) and the token of the list's bulk form.
    private static async Task<HttpResponseMessage> PostAsync(BackOfficeClient client, string action, List<(string Name, string Value)> fields)
    {
        var page = await client.Http.GetStringAsync("/contacts");
        var start = page.IndexOf("id=\"bulk-form\"", StringComparison.Ordinal);
        var form = start < 0 ? string.Empty : page[start..page.IndexOf("</form>", start, StringComparison.Ordinal)];
        var token = TokenField().Match(form);
        Assert.True(token.Success, "No anti-forgery token in the list's bulk form");
        var pairs = fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        return await client.Http.PostAsync(action, new FormUrlEncodedContent(pairs));
    }

    [GeneratedRegex("<input type=\"checkbox\" name=\"ids\"")]
    private static partial Regex RowCheckbox();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
