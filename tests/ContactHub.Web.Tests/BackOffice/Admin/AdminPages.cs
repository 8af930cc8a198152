using System.Net;
using ContactHub.Access;

namespace ContactHub.Web.Tests.BackOffice.Admin;

/// <summary>What every definition page test does: log in an administrator, refuse a mere operator, read a refused form.</summary>
internal static class AdminPages
{
    public static Task<(BackOfficeClient Client, Guid OrganisationId, Guid OperatorId)> LogInAdministratorAsync(ApiFactory factory) =>
        BackOfficeClient.LogInNewAsync(factory, OperatorRole.Administrator);

    /// <summary>An operator (may edit contacts, not the definition) gets the "not allowed" page, for reading and for posting.</summary>
    public static async Task AssertOperatorIsRefusedAsync(ApiFactory factory, string path)
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Operator);
        using var session = client;
        AssertDenied(await client.Http.GetAsync(path));
        // A POST with a token from a page the operator may open is refused too.
        AssertDenied(await client.PostFormAsync("/contacts/new/person", [], path));
    }

    public static async Task<string> AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static void AssertSaved(HttpResponseMessage response) => Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

    private static void AssertDenied(HttpResponseMessage response) => BackOfficeClient.AssertForbiddenPage(response);
}
