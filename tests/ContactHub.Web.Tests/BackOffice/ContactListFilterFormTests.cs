using System.Reflection;
using System.Text.RegularExpressions;
using ContactHub.Access;
using ContactHub.Contacts;
using ContactHub.Web.Api.Contacts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice;

/// <summary>The list page reads the API's list parameters (one record): its form offers them, its links keep them.</summary>
public sealed partial class ContactListFilterFormTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    // Parameters of the shared record the form reaches another way (the search box with "Search in", the column and
    // paging links) or does not offer yet.
    private static readonly string[] NotInTheForm = ["name", "email", "referenceCode", "cursor", "before", "limit", "sort", "descending", "preferredChannel", "accessibilityNeed"];

    [Fact]
    public async Task Form_HasAnInputForEveryFilterOfTheSharedRecord()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;
        var html = await client.Http.GetStringAsync("/contacts");
        var inputs = InputName().Matches(html).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);

        var parameters = typeof(ContactListRequest).GetProperties().Select(p => p.GetCustomAttribute<FromQueryAttribute>()!.Name!).ToList();
        Assert.Contains("blocked", parameters);
        Assert.All(parameters.Except(NotInTheForm), name => Assert.Contains(name, inputs));
    }

    [Fact]
    public async Task NewFilters_SelectTheirContacts_AndStayInTheLinks()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Viewer);
        using var session = client;
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var contacts = services.GetRequiredService<ContactService>();
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Barred", Blocked = true, BlockedReason = "Fraud" }, CancellationToken.None);
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Berliner", CountryOfResidence = "DE", Emails = [new EmailRequest("work", "b@example.com")] }, CancellationToken.None);
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Caller", Phones = [new PhoneRequest("mobile", "+41 79 765 43 21")] }, CancellationToken.None);
        });

        var blocked = await client.Http.GetStringAsync("/contacts?blocked=true");
        Assert.Contains("Barred", blocked, StringComparison.Ordinal);
        Assert.DoesNotContain("Berliner", blocked, StringComparison.Ordinal);
        Assert.Contains("<option value=\"true\" selected=\"selected\">Blocked</option>", blocked, StringComparison.Ordinal);

        var german = await client.Http.GetStringAsync("/contacts?country=de&hasEmail=true");
        Assert.Contains("Berliner", german, StringComparison.Ordinal);
        Assert.DoesNotContain("Caller", german, StringComparison.Ordinal);
        Assert.Contains("country=de", german, StringComparison.Ordinal); // kept in the sort links

        var withPhone = await client.Http.GetStringAsync("/contacts?hasPhone=true&createdFrom=2000-01-01&updatedTo=2999-01-01");
        Assert.Contains("Caller", withPhone, StringComparison.Ordinal);
        Assert.DoesNotContain("Barred", withPhone, StringComparison.Ordinal);
        Assert.Contains("value=\"2000-01-01\"", withPhone, StringComparison.Ordinal);

        var future = await client.Http.GetStringAsync("/contacts?createdFrom=2999-01-01");
        Assert.Contains("No contacts match.", future, StringComparison.Ordinal);

        var wrong = await client.Http.GetStringAsync("/contacts?createdFrom=yesterday");
        Assert.Contains("&#x27;yesterday&#x27; is not a date", wrong, StringComparison.Ordinal);
    }

    [GeneratedRegex("<(?:input|select)[^>]* name=\"(?<name>[^\"]+)\"")]
    private static partial Regex InputName();
}
