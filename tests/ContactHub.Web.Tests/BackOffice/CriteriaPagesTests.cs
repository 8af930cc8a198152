using System.Net;
using ContactHub.Access;
using ContactHub.Criteria;
using ContactHub.CustomFields;
using ContactHub.Web.Tests.BackOffice.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice;

/// <summary>Criteria in the back office (issue 22, item 4): the admin page, the contact form, the overview, the history and the list filter.</summary>
public sealed class CriteriaPagesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task AdminPage_CreatesACriterion_ArchivesRestoresAndMovesChoices_AndRefusesBadInputOnTheFields()
    {
        var (client, _, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;

        var created = await client.PostFormAsync("/admin/criteria", new()
        {
            ["Form.Key"] = "sector-interest", ["Form.Name"] = "Sector of interest", ["Form.AppliesTo"] = "Both", ["Form.Multiple"] = "true",
            ["Form.Choices"] = "energy = Energy\nlaw = Law\n",
        }, "/admin/criteria?handler=Create");
        AdminPages.AssertSaved(created);
        var page = await client.Http.GetStringAsync("/admin/criteria");
        Assert.Contains("The criterion &#x27;Sector of interest&#x27; is created.", page, StringComparison.Ordinal);

        AdminPages.AssertSaved(await client.PostFormAsync("/admin/criteria", new() { ["key"] = "sector-interest", ["choice"] = "law" }, "/admin/criteria?handler=MoveUp"));
        AdminPages.AssertSaved(await client.PostFormAsync("/admin/criteria", new() { ["key"] = "sector-interest", ["choice"] = "energy" }, "/admin/criteria?handler=ArchiveChoice"));
        AdminPages.AssertSaved(await client.PostFormAsync("/admin/criteria", new() { ["key"] = "sector-interest", ["choiceKey"] = "culture", ["choiceLabel"] = "Culture" }, "/admin/criteria?handler=AddChoice"));
        page = await client.Http.GetStringAsync("/admin/criteria");
        Assert.Matches("data-choice=\"law\"[\\s\\S]*data-choice=\"energy\"[\\s\\S]*Energy \\(archived\\)[\\s\\S]*data-choice=\"culture\"", page);
        var form = await client.Http.GetStringAsync("/contacts/new/person");
        Assert.Contains("id=\"Form_Criteria_sector-interest_-law\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"Form_Criteria_sector-interest_-energy\"", form, StringComparison.Ordinal);

        var refused = await AdminPages.AssertRefusedAsync(await client.PostFormAsync("/admin/criteria", new()
        {
            ["Form.Key"] = "Bad Key", ["Form.Name"] = "", ["Form.Choices"] = "NOPE = Nope",
        }, "/admin/criteria?handler=Create"));
        Assert.Contains("id=\"Form_Key-error\">A key of 2 to 50", refused, StringComparison.Ordinal);
        Assert.Contains("id=\"Form_Name-error\">A name of 1 to 200", refused, StringComparison.Ordinal);
        Assert.Contains("id=\"Form_Choices-error\">A choice key", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPage_IsForAdministratorsOnly() => await AdminPages.AssertOperatorIsRefusedAsync(factory, "/admin/criteria");

    [Fact]
    public async Task ContactForm_SetsAndChangesCriteria_TheOverviewShowsThem_TheHistoryNamesThem_AndTheListFilters()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var criteria = services.GetRequiredService<CriterionService>();
            await criteria.CreateAsync(new CriterionRequest
            {
                Key = "sector-interest", Name = "Sector of interest", Multiple = true, Choices = [new("energy", "Energy"), new("law", "Law")],
            }, CancellationToken.None);
            await criteria.CreateAsync(new CriterionRequest
            {
                Key = "segment", Name = "Segment", AppliesTo = CustomFieldTarget.Persons, Choices = [new("vip", "VIP"), new("regular", "Regular")],
            }, CancellationToken.None);
        });

        var refused = await client.PostFormAsync("/contacts/new/person", new() { ["Form.LastName"] = "Lee", ["Form.Criteria[segment]"] = "gold" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("id=\"Form_Criteria_segment_-error\" class=\"error\">&#x27;gold&#x27; is not a choice", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var created = await client.PostFormAsync("/contacts/new/person", new() { ["Form.LastName"] = "Lee", ["Form.Criteria[sector-interest]"] = "energy", ["Form.Criteria[segment]"] = "vip" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var contactPath = created.Headers.Location!.OriginalString;
        var edited = await client.PostFormAsync(contactPath + "/edit", new()
        {
            ["Version"] = "1", ["Form.LastName"] = "Lee", ["Form.Criteria[sector-interest]"] = "law", ["Form.Criteria[segment]"] = "vip",
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var overview = await client.Http.GetStringAsync(contactPath);
        Assert.Contains("<small>Sector of interest</small></dt><dd>Law</dd>", overview, StringComparison.Ordinal);
        Assert.Contains("<small>Segment</small></dt><dd>VIP</dd>", overview, StringComparison.Ordinal);
        var history = WebUtility.HtmlDecode(await client.Http.GetStringAsync(contactPath + "/history"));
        Assert.Contains("Removed Sector of interest: Energy", history, StringComparison.Ordinal);
        Assert.Contains("Added Sector of interest: Law", history, StringComparison.Ordinal);
        var editForm = await client.Http.GetStringAsync(contactPath + "/edit");
        Assert.Matches("value=\"law\" checked=\"checked\"", editForm);

        var listed = await client.Http.GetStringAsync("/contacts?criterion.sector-interest=law");
        var notListed = await client.Http.GetStringAsync("/contacts?criterion.sector-interest=energy");
        Assert.Contains(contactPath, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(contactPath, notListed, StringComparison.Ordinal);
    }
}
