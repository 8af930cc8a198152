using System.Net;
using ContactHub.Access;
using ContactHub.Contacts;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice;

public sealed class ContactPagesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Create_WithInvalidEmail_ShowsTheCoreMessageOnTheField()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;

        var response = await client.PostFormAsync("/contacts/new/person", new()
        {
            ["Form.Kind"] = "Person", ["Form.FirstName"] = "Ann", ["Form.LastName"] = "Lee",
            ["Form.Emails[0].Type"] = "work", ["Form.Emails[0].Address"] = "not-an-address",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("id=\"Form_Emails_0__Address-error\"", html, StringComparison.Ordinal);
        Assert.Contains("exactly one &#x27;@&#x27;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_WithStaleVersion_ExplainsWhoChangedIt()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var created = await client.PostFormAsync("/contacts/new/person", new() { ["Form.FirstName"] = "Ann", ["Form.LastName"] = "Lee" });
        var contactPath = created.Headers.Location!.OriginalString;

        var first = await client.PostFormAsync(contactPath + "/edit", new() { ["Version"] = "1", ["Form.FirstName"] = "Anna", ["Form.LastName"] = "Lee" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await client.PostFormAsync(contactPath + "/edit", new() { ["Version"] = "1", ["Form.FirstName"] = "Annie", ["Form.LastName"] = "Lee" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Contains("This contact was changed by Test Operator at", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContactPage_ShowsEachPhonesLineType_WhateverItsTypeLabel()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        var created = await client.PostFormAsync("/contacts/new/person", new()
        {
            ["Form.FirstName"] = "Ann", ["Form.LastName"] = "Lee", ["Form.CountryOfResidence"] = "CH",
            ["Form.Phones[0].Type"] = "mobile", ["Form.Phones[0].Number"] = "044 668 18 00 ext. 12",
            ["Form.Phones[1].Type"] = "work", ["Form.Phones[1].Number"] = "079 123 45 67",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        // As the reader sees it: the page encodes "+" as an entity.
        var html = System.Net.WebUtility.HtmlDecode(await client.Http.GetStringAsync(created.Headers.Location!.OriginalString));

        Assert.Contains("+41446681800 ext. 12 (fixed line)", html, StringComparison.Ordinal);
        Assert.Contains("+41791234567 (mobile)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContactPage_OfUnknownContact_IsNotFound()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;

        var response = await client.Http.GetAsync($"/contacts/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ContactList_ShowsNotesSymbolAndPagesByCursor()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var contacts = services.GetRequiredService<ContactService>();
            for (var i = 0; i < 52; i++)
            {
                await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = $"Person {i:00}", Notes = i == 0 ? "Call first" : null }, CancellationToken.None);
            }
        });

        var first = await client.Http.GetStringAsync("/contacts");
        Assert.Contains("title=\"Has notes\"", first, StringComparison.Ordinal);
        Assert.Contains("Person 49", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Person 50", first, StringComparison.Ordinal);

        var next = System.Text.RegularExpressions.Regex.Match(first, "href=\"([^\"]+)\" rel=\"next\"").Groups[1].Value;
        var second = await client.Http.GetStringAsync(System.Net.WebUtility.HtmlDecode(next));
        Assert.Contains("Person 51", second, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);
    }
}
