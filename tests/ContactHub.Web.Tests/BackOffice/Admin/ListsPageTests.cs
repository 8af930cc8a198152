using ContactHub.Definitions.Lists;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice.Admin;

public sealed class ListsPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Lists_RenderEachList_WithItsEntries()
    {
        var (client, _, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;

        var phones = await client.Http.GetStringAsync("/admin/lists/phone-types");
        Assert.Contains("<code>mobile</code>", phones, StringComparison.Ordinal);
        Assert.Contains("<label class=\"visually-hidden\" for=\"Entries_0__Name\">Name of entry 1</label>", phones, StringComparison.Ordinal);

        var industries = await client.Http.GetStringAsync("/admin/lists/industries");
        Assert.Contains("<option value=\"industrial\" selected=\"selected\">Industrial</option>", industries, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_RenamesAddsAndArchivesRemovedEntries_ThenRestoreOffersOneAgain()
    {
        var (client, organisationId, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;

        var saved = await client.PostFormAsync("/admin/lists/phone-types", new()
        {
            ["Entries[0].Key"] = "mobile", ["Entries[0].Stored"] = "true", ["Entries[0].Name"] = "Cell phone",
            ["Entries[1].Key"] = "work", ["Entries[1].Stored"] = "true", ["Entries[1].Name"] = "Work", ["Entries[1].Remove"] = "true",
            ["Entries[2].Key"] = "", ["Entries[2].Name"] = "",
            ["Entries[3].Key"] = "pager", ["Entries[3].Name"] = "Pager",
        });
        AdminPages.AssertSaved(saved);
        var page = await client.Http.GetStringAsync("/admin/lists/phone-types");
        Assert.Contains("Archived: work, home, fax, other.", page, StringComparison.Ordinal);
        var list = await ListAsync(organisationId, DefinitionList.PhoneTypes);
        Assert.Equal(["mobile:Cell phone", "pager:Pager"], list.Entries.Where(e => !e.Archived).Select(e => $"{e.Key}:{e.Name}"));
        Assert.Contains(list.Entries, e => e is { Key: "work", Archived: true });
        var form = await client.Http.GetStringAsync("/contacts/new/person");
        Assert.Contains("list=\"Form_Phones_0__Type-suggestions\"", form, StringComparison.Ordinal);
        Assert.Contains("<datalist id=\"Form_Phones_0__Type-suggestions\"><option value=\"mobile\">Cell phone</option><option value=\"pager\">Pager</option></datalist>", form, StringComparison.Ordinal);

        AdminPages.AssertSaved(await client.PostFormAsync("/admin/lists/phone-types", new() { ["key"] = "work" }, "/admin/lists/phone-types?handler=Restore"));
        Assert.Contains((await ListAsync(organisationId, DefinitionList.PhoneTypes)).Entries, e => e is { Key: "work", Archived: false });
    }

    [Fact]
    public async Task MoveUp_SwapsTheRowWithTheOneAbove_AndSaves()
    {
        var (client, organisationId, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;

        AdminPages.AssertSaved(await client.PostFormAsync("/admin/lists/sectors", new()
        {
            ["Entries[0].Key"] = "primary", ["Entries[0].Stored"] = "true", ["Entries[0].Name"] = "Primary",
            ["Entries[1].Key"] = "industrial", ["Entries[1].Stored"] = "true", ["Entries[1].Name"] = "Industrial",
            ["Entries[2].Key"] = "services", ["Entries[2].Stored"] = "true", ["Entries[2].Name"] = "Services",
            ["Entries[3].Key"] = "financial", ["Entries[3].Stored"] = "true", ["Entries[3].Name"] = "Financial",
            ["Entries[4].Key"] = "public", ["Entries[4].Stored"] = "true", ["Entries[4].Name"] = "Public",
            ["MoveUp"] = "2",
        }));

        var sectors = await ListAsync(organisationId, DefinitionList.Sectors);
        Assert.Equal(["primary", "services", "industrial", "financial", "public"], sectors.Entries.Where(e => !e.Archived).Select(e => e.Key));
    }

    [Fact]
    public async Task Save_WithABadKey_ShowsTheCoreMessageOnThatRow_AndChangesNothing()
    {
        var (client, organisationId, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;

        var refused = await client.PostFormAsync("/admin/lists/email-types", new()
        {
            ["Entries[0].Key"] = "work", ["Entries[0].Stored"] = "true", ["Entries[0].Name"] = "Work",
            ["Entries[1].Key"] = "", ["Entries[1].Name"] = "",
            ["Entries[2].Key"] = "Not A Key!", ["Entries[2].Name"] = "Bad",
        });

        var html = await AdminPages.AssertRefusedAsync(refused);
        Assert.Contains("id=\"Entries_2__Key-error\">A type is required", html, StringComparison.Ordinal);
        Assert.Equal(5, (await ListAsync(organisationId, DefinitionList.EmailTypes)).Entries.Count(e => !e.Archived));
    }

    [Fact]
    public async Task Industries_NeedAnActiveSector_OnTheSectorField()
    {
        var (client, _, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;

        var refused = await client.PostFormAsync("/admin/lists/industries", new() { ["Entries[0].Key"] = "robots", ["Entries[0].Name"] = "Robots", ["Entries[0].Sector"] = "" });

        var html = await AdminPages.AssertRefusedAsync(refused);
        Assert.Contains("An industry belongs to a sector", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActiveEntries_AreSuggestedOnTheContactPage()
    {
        var (client, organisationId, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;
        AdminPages.AssertSaved(await client.PostFormAsync("/admin/lists/relation-types", new()
        {
            ["Entries[0].Key"] = "spouse", ["Entries[0].Stored"] = "true", ["Entries[0].Name"] = "Spouse", ["Entries[1].Key"] = "mentor", ["Entries[1].Name"] = "Mentor",
        }));
        var id = Guid.Empty;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            id = (await services.GetRequiredService<Contacts.ContactService>().CreateAsync(
                new Contacts.ContactRequest { Kind = Contacts.ContactKind.Person, LastName = "Lee" }, CancellationToken.None)).Id);

        var page = await client.Http.GetStringAsync($"/contacts/{id}");
        var links = await client.Http.GetStringAsync($"/contacts/{id}/links");

        Assert.Matches("<datalist id=\"relation-types\">\\s*<option value=\"spouse\">Spouse</option>\\s*<option value=\"mentor\">Mentor</option>\\s*</datalist>", links);
        Assert.Contains("<datalist id=\"NewPhone_Type-suggestions\"><option value=\"mobile\">Mobile</option>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_RefuseAnOperator() => await AdminPages.AssertOperatorIsRefusedAsync(factory, "/admin/lists/categories");

    private async Task<ListView> ListAsync(Guid organisationId, DefinitionList list)
    {
        ListView? view = null;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            view = await services.GetRequiredService<ListDefinitionService>().GetAsync(list, CancellationToken.None));
        return view!;
    }
}
