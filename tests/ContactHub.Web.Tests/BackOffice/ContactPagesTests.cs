using System.Net;
using ContactHub.Access;

namespace ContactHub.Web.Tests.BackOffice;

public sealed class ContactPagesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Create_WithInvalidEmail_ShowsTheCoreMessageOnTheField()
    {
        var (_, _, email) = await BackOfficeClient.NewOperatorAsync(factory, OperatorRole.Operator);
        using var client = BackOfficeClient.For(factory);
        await client.LogInAsync(email);

        var response = await client.PostFormAsync("/contacts/new/person", new()
        {
            ["Form.Kind"] = "Person", ["Form.FirstName"] = "Ann", ["Form.LastName"] = "Lee",
            ["Form.Emails[0].Type"] = "work", ["Form.Emails[0].Address"] = "not-an-address",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"Form_Emails_0__Address-error\"", html, StringComparison.Ordinal);
        Assert.Contains("exactly one &#x27;@&#x27;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_WithStaleVersion_ExplainsWhoChangedIt()
    {
        var (_, _, email) = await BackOfficeClient.NewOperatorAsync(factory, OperatorRole.Operator);
        using var client = BackOfficeClient.For(factory);
        await client.LogInAsync(email);
        var created = await client.PostFormAsync("/contacts/new/person", new() { ["Form.FirstName"] = "Ann", ["Form.LastName"] = "Lee" });
        var contactPath = created.Headers.Location!.OriginalString;

        var first = await client.PostFormAsync(contactPath + "/edit", new() { ["Version"] = "1", ["Form.FirstName"] = "Anna", ["Form.LastName"] = "Lee" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await client.PostFormAsync(contactPath + "/edit", new() { ["Version"] = "1", ["Form.FirstName"] = "Annie", ["Form.LastName"] = "Lee" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Contains("This contact was changed by Test Operator at", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
