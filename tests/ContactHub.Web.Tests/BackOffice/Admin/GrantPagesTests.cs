using System.Net;
using ContactHub.Access;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice.Admin;

/// <summary>
/// No one grants more than they hold, in the back office: an administrator with clearance Free is offered only Free
/// for new API keys and operators and for changed access, and a higher level posted anyway is refused on the field
/// with nothing created or changed. (The rule itself, every level and the identity documents: Core's GrantsTests.)
/// </summary>
public sealed class GrantPagesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task FreeAdministrator_IsOfferedOnlyFree_AndCannotCreateAConfidentialApiKey()
    {
        var (client, _) = await LogInFreeAdministratorAsync();
        using var session = client;

        var page = await client.Http.GetStringAsync("/admin/api-keys");
        Assert.Contains(">Free</option>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">Restricted</option>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">Confidential</option>", page, StringComparison.Ordinal);

        var refused = await client.PostFormAsync("/admin/api-keys", new() { ["Name"] = "escalated", ["Clearance"] = "Confidential", ["Scopes"] = "contacts:read" }, "/admin/api-keys?handler=Create");
        var html = await AdminPages.AssertRefusedAsync(refused);
        Assert.Contains("You may grant at most your own clearance (Free).", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"new-key\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>escalated</td>", await client.Http.GetStringAsync("/admin/api-keys"), StringComparison.Ordinal);

        var within = await client.PostFormAsync("/admin/api-keys", new() { ["Name"] = "within", ["Clearance"] = "Free", ["Scopes"] = "contacts:read" }, "/admin/api-keys?handler=Create");
        Assert.Contains("data-testid=\"new-key\"", await client.FollowAsync(within), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FreeAdministrator_CannotCreateOrRaiseAnOperatorAboveItsClearance()
    {
        var (client, organisationId) = await LogInFreeAdministratorAsync();
        using var session = client;
        var viewer = Guid.Empty;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            viewer = (await services.GetRequiredService<OperatorService>().CreateAsync(
                new OperatorRequest($"viewer-{Guid.NewGuid():N}@example.com", "Viewer", OperatorRole.Viewer, Clearance.Free, BackOfficeClient.Password), CancellationToken.None)).Id);

        var page = await client.Http.GetStringAsync("/admin/operators");
        Assert.DoesNotContain(">Confidential</option>", page, StringComparison.Ordinal);
        Assert.Contains("(above your clearance)", page, StringComparison.Ordinal); // the Confidential administrator who set this one up

        var email = $"escalated-{Guid.NewGuid():N}@example.com";
        var created = await client.PostFormAsync("/admin/operators", new()
        {
            ["New.Email"] = email, ["New.DisplayName"] = "Escalated", ["New.Role"] = "Viewer", ["New.Clearance"] = "Confidential", ["New.Password"] = BackOfficeClient.Password,
        }, "/admin/operators?handler=Create");
        var html = await AdminPages.AssertRefusedAsync(created);
        Assert.Contains("id=\"New_Clearance-error\"", html, StringComparison.Ordinal);
        Assert.Contains("You may grant at most your own clearance (Free).", html, StringComparison.Ordinal);

        var raised = await client.PostFormAsync("/admin/operators", new() { ["operatorId"] = viewer.ToString(), ["role"] = "Viewer", ["clearance"] = "Confidential" }, "/admin/operators?handler=Access");
        Assert.Contains("You may grant at most your own clearance (Free).", await AdminPages.AssertRefusedAsync(raised), StringComparison.Ordinal);

        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var all = await services.GetRequiredService<OperatorService>().ListAsync(CancellationToken.None);
            Assert.DoesNotContain(all, o => o.Email == email);
            Assert.Equal(Clearance.Free, all.Single(o => o.Id == viewer).Clearance);
        });
    }

    /// <summary>An administrator whose clearance was lowered to Free by the organisation's Confidential administrator.</summary>
    private async Task<(BackOfficeClient Client, Guid OrganisationId)> LogInFreeAdministratorAsync()
    {
        var (organisationId, adminId, email) = await BackOfficeClient.NewOperatorAsync(factory, OperatorRole.Administrator);
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var operators = services.GetRequiredService<OperatorService>();
            await operators.CreateAsync(new OperatorRequest($"boss-{Guid.NewGuid():N}@example.com", "Boss", OperatorRole.Administrator, Clearance.Confidential, BackOfficeClient.Password), CancellationToken.None);
            await operators.ChangeAccessAsync(adminId, OperatorRole.Administrator, Clearance.Free, CancellationToken.None);
        });
        var client = BackOfficeClient.For(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await client.LogInAsync(email)).StatusCode);
        return (client, organisationId);
    }
}
