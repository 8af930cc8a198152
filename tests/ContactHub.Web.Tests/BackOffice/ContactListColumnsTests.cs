using System.Net;
using System.Text.Json;
using ContactHub.Access;
using ContactHub.Consent;
using ContactHub.Contacts;
using ContactHub.CustomFields;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice;

/// <summary>Issue 20, part 4: the contacts list's column chooser, kept per operator.</summary>
public sealed class ContactListColumnsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task CustomField_ShownInLists_IsAColumnByDefault_OthersAreNot()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;
        await SeedAsync(organisationId);

        var html = await client.Http.GetStringAsync("/contacts");

        Assert.Contains("<th scope=\"col\" data-column=\"custom.tier\">Tier</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td data-column=\"custom.tier\">Gold</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td data-column=\"custom.member\">Yes</td>", html, StringComparison.Ordinal);
        // Only "list"-visible fields are offered at all; the channel and company columns wait to be chosen.
        Assert.DoesNotContain("custom.shoeSize", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-column=\"companies\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"column-custom-tier\" name=\"columns\" value=\"custom.tier\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"column-companies\" name=\"columns\" value=\"companies\" /> Company", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChosenColumns_AreKeptForTheOperator_AndShownOnTheNextVisit()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;
        var (person, company) = await SeedAsync(organisationId);

        var saved = await PostColumnsAsync(client, "?kind=Person", "companies", "allowedChannels", "preferredChannel", "custom.member", "updated");

        Assert.Equal("/contacts?kind=Person", saved.Headers.Location?.OriginalString);
        var html = await client.FollowAsync(saved);
        Assert.Contains("Columns saved.", html, StringComparison.Ordinal);
        Assert.Contains($"<td data-column=\"companies\"><a href=\"/contacts/{company}\" title=\"Buyer\">Keller AG</a></td>", html, StringComparison.Ordinal);
        Assert.Contains("<td data-column=\"allowedChannels\">Email, Letter</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td data-column=\"preferredChannel\">Letter</td>", html, StringComparison.Ordinal);
        // Unticked: the default-on custom field, kind, status, e-mail and the date added.
        Assert.DoesNotContain("data-column=\"custom.tier\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sort=Created", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"status\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/contacts/{person}\"", html, StringComparison.Ordinal);

        // The next visit, and a fresh page without any query, keep the choice.
        var again = await client.Http.GetStringAsync("/contacts");
        Assert.Contains("data-column=\"companies\"", again, StringComparison.Ordinal);
        Assert.DoesNotContain("data-column=\"custom.tier\"", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChosenColumns_AreTheOperatorsOwn()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;
        await SeedAsync(organisationId);
        await PostColumnsAsync(client, string.Empty, "companies");

        var email = $"colleague-{Guid.NewGuid():N}@example.com";
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, services => services.GetRequiredService<OperatorService>()
            .CreateAsync(new OperatorRequest(email, "Colleague", OperatorRole.Viewer, Clearance.Free, BackOfficeClient.Password), CancellationToken.None));
        using var colleague = BackOfficeClient.For(factory);
        await colleague.LogInAsync(email);

        var html = await colleague.Http.GetStringAsync("/contacts");
        Assert.Contains("data-column=\"custom.tier\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-column=\"companies\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnQuery_OtherThanAQueryString_GoesBackToTheList()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;

        var saved = await PostColumnsAsync(client, "//evil.example/", "kind");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/contacts", saved.Headers.Location?.OriginalString);
    }

    private static Task<HttpResponseMessage> PostColumnsAsync(BackOfficeClient client, string returnQuery, params string[] columns)
    {
        var fields = new List<KeyValuePair<string, string>>([.. columns.Select(c => new KeyValuePair<string, string>("columns", c)), new("returnQuery", returnQuery)]);
        return client.PostFieldsAsync("/contacts", "/contacts?handler=Columns", fields);
    }

    // Three custom fields (two shown in lists), a person with values, channels and a company link.
    private async Task<(Guid Person, Guid Company)> SeedAsync(Guid organisationId)
    {
        var (person, company) = (Guid.Empty, Guid.Empty);
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var fields = services.GetRequiredService<CustomFieldDefinitionService>();
            await fields.CreateAsync(Field("tier", CustomFieldType.Text, CustomFieldPlace.List, CustomFieldPlace.Detail), CancellationToken.None);
            await fields.CreateAsync(Field("member", CustomFieldType.Boolean, CustomFieldPlace.List), CancellationToken.None);
            await fields.CreateAsync(Field("shoeSize", CustomFieldType.Number, CustomFieldPlace.Detail), CancellationToken.None);
            var contacts = services.GetRequiredService<ContactService>();
            company = (await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Company, CompanyName = "Keller AG" }, CancellationToken.None)).Id;
            person = (await contacts.CreateAsync(
                new ContactRequest
                {
                    Kind = ContactKind.Person, LastName = "Keller", AllowedChannels = [Channel.Email, Channel.Letter], PreferredChannel = Channel.Letter,
                    CustomFields = new Dictionary<string, JsonElement>
                    {
                        ["tier"] = JsonSerializer.SerializeToElement("Gold"), ["member"] = JsonSerializer.SerializeToElement(true), ["shoeSize"] = JsonSerializer.SerializeToElement(42),
                    },
                },
                CancellationToken.None)).Id;
            await services.GetRequiredService<ContactLinkService>().ConnectAsync(person, company, "Buyer", CancellationToken.None);
        });
        return (person, company);
    }

    private static CustomFieldRequest Field(string key, CustomFieldType type, params CustomFieldPlace[] visibility) =>
        new() { Key = key, Name = char.ToUpperInvariant(key[0]) + key[1..], Type = type, AppliesTo = CustomFieldTarget.Persons, Visibility = visibility };
}
