using System.Text.RegularExpressions;
using ContactHub.Contacts;
using ContactHub.NameDays;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice.Admin;

public sealed class NameDaysPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Rules_RenderOneRowPerDay_AndSaveReplacesThem()
    {
        var (client, organisationId, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;
        await SetRulesAsync(organisationId, new NameDayRuleRequest("01-20", ["Sebastian"]));

        var page = await client.Http.GetStringAsync("/admin/name-days");
        Assert.Contains("name=\"Rules[0].Date\" type=\"text\" value=\"01-20\"", page, StringComparison.Ordinal);
        Assert.Contains("No automatic run is scheduled.", page, StringComparison.Ordinal);

        var saved = await client.PostFormAsync("/admin/name-days", new()
        {
            ["Rules[0].Date"] = "", ["Rules[0].Names"] = "",
            ["Rules[1].Date"] = "07-26", ["Rules[1].Names"] = "Anna, Anne",
        }, "/admin/name-days?handler=Rules");

        AdminPages.AssertSaved(saved);
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var rules = (await services.GetRequiredService<NameDayDefinitionService>().GetAsync(CancellationToken.None)).Rules;
            Assert.Equal(["07-26: Anna, Anne"], rules.Select(r => $"{r.Date}: {string.Join(", ", r.Names)}"));
        });
    }

    [Fact]
    public async Task Rules_WithABadDayAndANameOnTwoDays_ShowTheCoreMessagesOnTheirRows()
    {
        var (client, _, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;

        var refused = await client.PostFormAsync("/admin/name-days", new()
        {
            ["Rules[0].Date"] = "02-30", ["Rules[0].Names"] = "Petra",
            ["Rules[1].Date"] = "", ["Rules[1].Names"] = "",
            ["Rules[2].Date"] = "03-01", ["Rules[2].Names"] = "Zoë",
            ["Rules[3].Date"] = "03-02", ["Rules[3].Names"] = "Zoe",
        }, "/admin/name-days?handler=Rules");

        var html = await AdminPages.AssertRefusedAsync(refused);
        Assert.Matches("id=\"Rules_0__Date-error\">[^<]+</small>", html);
        Assert.Matches("id=\"Rules_3__Names-error\">[^<]*celebrated on 03-01 already", html);
        Assert.Contains("value=\"Zoë\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_BadCronIsAFieldError_AGoodOneShowsTheNextRun()
    {
        var (client, _, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;

        var refused = await client.PostFormAsync("/admin/name-days", new() { ["Cron"] = "every day" }, "/admin/name-days?handler=Schedule");
        Assert.Matches("id=\"Cron-error\">A Quartz cron expression is required", await AdminPages.AssertRefusedAsync(refused));

        AdminPages.AssertSaved(await client.PostFormAsync("/admin/name-days", new() { ["Cron"] = "0 0 3 * * ?" }, "/admin/name-days?handler=Schedule"));
        var page = await client.Http.GetStringAsync("/admin/name-days");
        Assert.Matches(@"Next automatic run: <time datetime=""[^""]+"">\d{4}-\d\d-\d\d 03:00 UTC</time>", page);
        Assert.Contains("value=\"0 0 3 * * ?\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunNow_QueuesARun_ThatTheRunsPageShowsFinishedWithItsCounters()
    {
        var (client, organisationId, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;
        await SetRulesAsync(organisationId, new NameDayRuleRequest("07-26", ["Anna"]));
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var contacts = services.GetRequiredService<ContactService>();
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, FirstName = "Anna", LastName = "One" }, CancellationToken.None);
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, FirstName = "Otto", LastName = "Two" }, CancellationToken.None);
        });

        var bad = await client.PostFormAsync("/admin/name-days", new() { ["Mode"] = "some" }, "/admin/name-days?handler=Run");
        Assert.Matches("id=\"Mode-error\"[^>]*>Choose", await AdminPages.AssertRefusedAsync(bad));

        AdminPages.AssertSaved(await client.PostFormAsync("/admin/name-days", new() { ["Mode"] = "all" }, "/admin/name-days?handler=Run"));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string runs;
        do
        {
            await Task.Delay(200);
            runs = await client.Http.GetStringAsync("/admin/runs");
        }
        while (!runs.Contains(">Succeeded<", StringComparison.Ordinal) && DateTime.UtcNow < deadline);

        Assert.Contains("Name-day assignment", runs, StringComparison.Ordinal);
        Assert.Contains("mode: all", runs, StringComparison.Ordinal);
        Assert.Contains("<span data-testid=\"run-status\">Succeeded</span>", runs, StringComparison.Ordinal);
        Assert.Contains("<td data-testid=\"run-changed\">1</td>", runs, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(runs, "data-testid=\"run-row\""));
        Assert.DoesNotContain("hx-trigger", runs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NameDaysAndRuns_RefuseAnOperator()
    {
        await AdminPages.AssertOperatorIsRefusedAsync(factory, "/admin/name-days");
        await AdminPages.AssertOperatorIsRefusedAsync(factory, "/admin/runs");
    }

    private Task SetRulesAsync(Guid organisationId, params NameDayRuleRequest[] rules) =>
        BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, services =>
            services.GetRequiredService<NameDayDefinitionService>().SetRulesAsync(new NameDayRulesRequest(rules), CancellationToken.None));
}
