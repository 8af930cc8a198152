using System.Net;
using System.Text.RegularExpressions;
using ContactHub.Access;

namespace ContactHub.Web.Tests.BackOffice;

/// <summary>Every save and delete in the back office says what it did on the page after the redirect, once.</summary>
public sealed partial class FlashMessageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task EverySaveAndDelete_ShowsItsMessageOnce()
    {
        var (client, _, _) = await BackOfficeClient.LogInNewAsync(factory, OperatorRole.Administrator);
        using var session = client;

        var created = await client.PostFormAsync("/contacts/new/person", new() { ["Form.FirstName"] = "Ann", ["Form.LastName"] = "Lee" });
        var contact = created.Headers.Location!.OriginalString;
        await AssertMessageOnceAsync(client, created, "Ann Lee was created.");
        var company = (await client.PostFormAsync("/contacts/new/company", new() { ["Form.CompanyName"] = "Acme" })).Headers.Location!.OriginalString;
        var companyId = company.Split('/')[^1];

        await AssertMessageOnceAsync(client, await client.PostFormAsync(contact + "/edit", new() { ["Version"] = "1", ["Form.FirstName"] = "Anna", ["Form.LastName"] = "Lee" }),
            "Changes saved.");
        await AssertMessageOnceAsync(client, await client.PostFormAsync(contact, new() { ["version"] = "2", ["NewEmail.Type"] = "work", ["NewEmail.Address"] = "anna@example.com" },
            contact + "?handler=AddEmail"), "E-mail addresses saved.");
        await AssertMessageOnceAsync(client, await client.PostFormAsync(contact, new() { ["relatedId"] = companyId, ["RelationType"] = "colleague" },
            contact + "?handler=AddRelation"), "Relations saved.");
        await AssertMessageOnceAsync(client, await client.PostFormAsync(contact, new() { ["companyId"] = companyId, ["Role"] = "Buyer" },
            contact + "?handler=Connect"), "Company links saved.");
        await AssertMessageOnceAsync(client, await client.PostFormAsync("/admin/rules", new() { ["NameOrder"] = "LastFirstMiddle" }, "/admin/rules?handler=NameRule"),
            null);

        var version = VersionField().Match(await client.Http.GetStringAsync(contact + "/delete")).Groups[1].Value;
        var deleted = await client.PostFormAsync(contact + "/delete", new() { ["Version"] = version });
        await AssertMessageOnceAsync(client, deleted, "The contact was moved to the recycle bin; it can be restored there for 30 days.");

        var restored = await client.PostFormAsync("/contacts/recycle-bin", new() { ["contactId"] = contact.Split('/')[^1] }, "/contacts/recycle-bin?handler=Restore");
        Assert.Equal(contact, restored.Headers.Location?.OriginalString);
        await AssertMessageOnceAsync(client, restored, "Lee, Anna was restored from the recycle bin.");
    }

    /// <summary>The message is on the page the change redirects to, as a status; a reload no longer shows it.</summary>
    private static async Task AssertMessageOnceAsync(BackOfficeClient client, HttpResponseMessage change, string? message)
    {
        var page = await client.FollowAsync(change);
        var shown = Message().Match(page);
        Assert.True(shown.Success, "No message after " + change.RequestMessage?.RequestUri);
        if (message is not null)
        {
            Assert.Equal(message, System.Net.WebUtility.HtmlDecode(shown.Groups[1].Value));
        }

        Assert.DoesNotMatch(Message(), await client.Http.GetStringAsync(change.Headers.Location));
    }

    [GeneratedRegex("<p class=\"notice\" role=\"status\" data-testid=\"saved\">([^<]*)</p>")]
    private static partial Regex Message();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
