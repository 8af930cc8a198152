using ContactHub.Contacts;
using ContactHub.CustomFields;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice.Admin;

public sealed class CustomFieldAdminPagesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Create_AChoiceField_ShowsItInTheListAndOnTheContactForm()
    {
        var (client, organisationId, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, services =>
            services.GetRequiredService<ContactService>().CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Existing" }, CancellationToken.None));

        var created = await client.PostFormAsync("/admin/custom-fields", new()
        {
            ["Form.Key"] = "membershipLevel", ["Form.Name"] = "Membership level", ["Form.Type"] = "Choice", ["Form.AppliesTo"] = "Persons",
            ["Form.Required"] = "true", ["Form.Visibility"] = "Detail", ["Form.SortOrder"] = "1",
            ["Form.Options[0].Key"] = "gold", ["Form.Options[0].Label"] = "Gold",
            ["Form.Options[1].Key"] = "", ["Form.Options[1].Label"] = "",
            ["Form.Options[2].Key"] = "silver", ["Form.Options[2].Label"] = "Silver",
        }, "/admin/custom-fields?handler=Create");

        AdminPages.AssertSaved(created);
        var list = await client.Http.GetStringAsync("/admin/custom-fields");
        Assert.Contains("The field &#x27;Membership level&#x27; is created. 1 existing contacts have no value", list, StringComparison.Ordinal);
        Assert.Contains("<code>membershipLevel</code>", list, StringComparison.Ordinal);
        Assert.Contains("(Gold, Silver)", list, StringComparison.Ordinal);
        Assert.Contains("<option value=\"silver\">Silver</option>", await client.Http.GetStringAsync("/contacts/new/person"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithBadInput_ShowsTheCoreMessagesOnTheFields()
    {
        var (client, _, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;

        var refused = await client.PostFormAsync("/admin/custom-fields", new()
        {
            ["Form.Key"] = "Bad Key", ["Form.Name"] = "", ["Form.Type"] = "Choice",
            ["Form.Options[0].Key"] = "", ["Form.Options[0].Label"] = "",
            ["Form.Options[1].Key"] = "NOPE", ["Form.Options[1].Label"] = "Nope",
        }, "/admin/custom-fields?handler=Create");

        var html = await AdminPages.AssertRefusedAsync(refused);
        Assert.Contains("id=\"Form_Key-error\">A key of 2 to 50 letters", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Form_Name-error\">A name of 1 to 200", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Form_Options_1__Key-error\">An option key", html, StringComparison.Ordinal);
        Assert.Contains("<details open=\"open\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithAValueThatDoesNotBind_IsRefusedOnItsField_AndCreatesNothing()
    {
        var (client, organisationId, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;

        var refused = await client.PostFormAsync("/admin/custom-fields", new()
        {
            ["Form.Key"] = "shoeSize", ["Form.Name"] = "Shoe size", ["Form.Type"] = "Number", ["Form.SortOrder"] = "first",
        }, "/admin/custom-fields?handler=Create");

        var html = await AdminPages.AssertRefusedAsync(refused);
        Assert.Matches("id=\"Form_SortOrder-error\">[^<]*not valid", html);
        Assert.Contains("name=\"Form.Visibility\" value=\"Detail\" />", html, StringComparison.Ordinal); // not ticked in the post, not ticked again
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            Assert.Empty(await services.GetRequiredService<CustomFieldDefinitionService>().ListAsync(includeArchived: true, CancellationToken.None)));
    }

    [Fact]
    public async Task Edit_RelabelsAndAddsOptions_ButRefusesToDropOne_OnTheOptions()
    {
        var (client, organisationId, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;
        await CreateAsync(organisationId, new CustomFieldRequest { Key = "tier", Name = "Tier", Type = CustomFieldType.Choice, Options = [new("a", "A"), new("b", "B")] });

        var form = await client.Http.GetStringAsync("/admin/custom-fields/tier");
        Assert.Contains("<code>a</code>", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Options[1].Label\" type=\"text\" value=\"B\"", form, StringComparison.Ordinal);

        var refused = await client.PostFormAsync("/admin/custom-fields/tier", new()
        {
            ["Form.Name"] = "Tier", ["Form.Options[0].Key"] = "a", ["Form.Options[0].Label"] = "A", ["Form.Options[0].Stored"] = "true",
        });
        Assert.Contains("id=\"Form_Options-error\" class=\"error\">Options cannot be removed", await AdminPages.AssertRefusedAsync(refused), StringComparison.Ordinal);

        var saved = await client.PostFormAsync("/admin/custom-fields/tier", new()
        {
            ["Form.Name"] = "Customer tier", ["Form.Visibility"] = "List",
            ["Form.Options[0].Key"] = "a", ["Form.Options[0].Label"] = "Alpha", ["Form.Options[1].Key"] = "b", ["Form.Options[1].Label"] = "B",
            ["Form.Options[2].Key"] = "c", ["Form.Options[2].Label"] = "Gamma",
        });
        AdminPages.AssertSaved(saved);
        Assert.Equal("/admin/custom-fields/tier", saved.Headers.Location?.OriginalString);
        Assert.Contains("name=\"Form.Visibility\" value=\"List\" checked=\"checked\"", await client.Http.GetStringAsync("/admin/custom-fields/tier"), StringComparison.Ordinal);
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var field = await services.GetRequiredService<CustomFieldDefinitionService>().GetAsync("tier", CancellationToken.None);
            Assert.Equal("Customer tier", field.Name);
            Assert.Equal(["a:Alpha", "b:B", "c:Gamma"], field.Options.Select(o => $"{o.Key}:{o.Label}"));
            Assert.Equal([CustomFieldPlace.List], field.Visibility);
        });

        AdminPages.AssertSaved(await client.PostFormAsync("/admin/custom-fields/tier", new()
        {
            ["Form.Name"] = "Customer tier", ["Form.Options[0].Key"] = "a", ["Form.Options[0].Label"] = "Alpha", ["Form.Options[1].Key"] = "b", ["Form.Options[1].Label"] = "B",
            ["Form.Options[2].Key"] = "c", ["Form.Options[2].Label"] = "Gamma",
        }));
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
            Assert.Empty((await services.GetRequiredService<CustomFieldDefinitionService>().GetAsync("tier", CancellationToken.None)).Visibility));
    }

    [Fact]
    public async Task Archive_ThenRestore()
    {
        var (client, organisationId, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;
        await CreateAsync(organisationId, new CustomFieldRequest { Key = "shoeSize", Name = "Shoe size", Type = CustomFieldType.Number });

        AdminPages.AssertSaved(await client.PostFormAsync("/admin/custom-fields", new() { ["key"] = "shoeSize" }, "/admin/custom-fields?handler=Archive"));
        var list = await client.Http.GetStringAsync("/admin/custom-fields");
        Assert.Contains("Shoe size (archived)", list, StringComparison.Ordinal);
        Assert.DoesNotContain("shoeSize", await client.Http.GetStringAsync("/contacts/new/person"), StringComparison.Ordinal);

        AdminPages.AssertSaved(await client.PostFormAsync("/admin/custom-fields", new() { ["key"] = "shoeSize" }, "/admin/custom-fields?handler=Restore"));
        Assert.Contains("name=\"Form.CustomFields[shoeSize]\"", await client.Http.GetStringAsync("/contacts/new/person"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomFields_RefuseAnOperator()
    {
        await AdminPages.AssertOperatorIsRefusedAsync(factory, "/admin/custom-fields");
        await AdminPages.AssertOperatorIsRefusedAsync(factory, "/admin/custom-fields/anything");
    }

    private Task CreateAsync(Guid organisationId, CustomFieldRequest request) =>
        BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, services =>
            services.GetRequiredService<CustomFieldDefinitionService>().CreateAsync(request, CancellationToken.None));
}
