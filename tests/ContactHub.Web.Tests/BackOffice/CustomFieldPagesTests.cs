using System.Net;
using ContactHub.Access;
using ContactHub.CustomFields;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice;

public sealed class CustomFieldPagesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task CreateAndEdit_RenderTheCustomFields_ShowTheCoreErrorOnTheField_AndTheContactPageShowsTheValues()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var fields = services.GetRequiredService<CustomFieldDefinitionService>();
            await fields.CreateAsync(new CustomFieldRequest
            {
                Key = "membershipLevel", Name = "Membership level", Type = CustomFieldType.Choice, Visibility = [CustomFieldPlace.Detail],
                Options = [new("gold", "Gold"), new("silver", "Silver")],
            }, CancellationToken.None);
            await fields.CreateAsync(new CustomFieldRequest { Key = "shoeSize", Name = "Shoe size", Type = CustomFieldType.Number, Visibility = [CustomFieldPlace.Detail] }, CancellationToken.None);
            await fields.CreateAsync(new CustomFieldRequest { Key = "vatGroup", Name = "VAT group", Type = CustomFieldType.Text, AppliesTo = CustomFieldTarget.Companies }, CancellationToken.None);
        });

        var form = await client.Http.GetStringAsync("/contacts/new/person");
        Assert.Contains("name=\"Form.CustomFields[membershipLevel]\"", form, StringComparison.Ordinal);
        Assert.Contains("<option value=\"gold\">Gold</option>", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.CustomFields[shoeSize]\" type=\"number\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("vatGroup", form, StringComparison.Ordinal);

        var refused = await client.PostFormAsync("/contacts/new/person", new()
        {
            ["Form.LastName"] = "Lee", ["Form.CustomFields[membershipLevel]"] = "gold", ["Form.CustomFields[shoeSize]"] = "big",
        });
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("id=\"Form_CustomFields_shoeSize_-error\" class=\"error\">Must be a number", html, StringComparison.Ordinal);

        var created = await client.PostFormAsync("/contacts/new/person", new()
        {
            ["Form.LastName"] = "Lee", ["Form.CustomFields[membershipLevel]"] = "gold", ["Form.CustomFields[shoeSize]"] = "42.5",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var contactPath = created.Headers.Location!.OriginalString;
        var edited = await client.PostFormAsync(contactPath + "/edit", new()
        {
            ["Version"] = "1", ["Form.LastName"] = "Lee", ["Form.CustomFields[membershipLevel]"] = "silver", ["Form.CustomFields[shoeSize]"] = "42.5",
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var page = await client.Http.GetStringAsync(contactPath);
        Assert.Contains("<dd>Silver</dd>", page, StringComparison.Ordinal);
        Assert.Contains("Shoe size", page, StringComparison.Ordinal);
        var editForm = await client.Http.GetStringAsync(contactPath + "/edit");
        Assert.Contains("value=\"42.5\"", editForm, StringComparison.Ordinal);
    }
}
