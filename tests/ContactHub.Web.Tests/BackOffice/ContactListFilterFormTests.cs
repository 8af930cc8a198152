using System.Reflection;
using System.Text.RegularExpressions;
using ContactHub.Access;
using ContactHub.Web.Api.Contacts;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Web.Tests.BackOffice;

/// <summary>The list page reads the API's list parameters (one record): its form offers them.</summary>
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
        Assert.Contains("allowedChannel", parameters);
        Assert.All(parameters.Except(NotInTheForm), name => Assert.Contains(name, inputs));
    }

    [GeneratedRegex("<(?:input|select)[^>]* name=\"(?<name>[^\"]+)\"")]
    private static partial Regex InputName();
}
