using System.Net;
using ContactHub.Access;
using ContactHub.Contacts;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice;

/// <summary>
/// A base whose figures take long to count: with "live below" 0 every organisation is one, so the page shows the
/// snapshot with its time, counts again on request or once the snapshot is old, and never mixes clearance levels.
/// </summary>
public sealed class DashboardSnapshotTests : IDisposable
{
    private readonly ApiFactory _slow = new() { Settings = { ["ContactHub:Dashboard:LiveBelowMilliseconds"] = "0" } };
    private readonly ApiFactory _stale = new()
    {
        Settings = { ["ContactHub:Dashboard:LiveBelowMilliseconds"] = "0", ["ContactHub:Dashboard:MaxAgeMinutes"] = "0" },
    };

    [Fact]
    public async Task ASlowBase_ShowsTheSnapshotUntilCountedAgainOnRequest()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(_slow, OperatorRole.Viewer);
        using var session = client;
        await CreateAsync(_slow, organisationId, "One");
        Assert.Contains("data-testid=\"total\">1 contacts", await client.Http.GetStringAsync("/"), StringComparison.Ordinal);

        await CreateAsync(_slow, organisationId, "Two");
        var cached = await client.Http.GetStringAsync("/");
        Assert.Contains("data-testid=\"total\">1 contacts", cached, StringComparison.Ordinal);
        Assert.Contains("Figures as of", cached, StringComparison.Ordinal);
        Assert.DoesNotContain("being counted again", cached, StringComparison.Ordinal);

        var refresh = await client.PostFormAsync("/", [], "/?handler=Refresh");
        Assert.Equal(HttpStatusCode.Redirect, refresh.StatusCode);
        Assert.Contains("being counted again", await client.FollowAsync(refresh), StringComparison.Ordinal);
        await EventuallyAsync(client, "data-testid=\"total\">2 contacts");
    }

    [Fact]
    public async Task AnOldSnapshot_IsCountedAgainWhileTheOldFiguresAreShown()
    {
        var (client, organisationId, _) = await BackOfficeClient.LogInNewAsync(_stale, OperatorRole.Viewer);
        using var session = client;
        await CreateAsync(_stale, organisationId, "One");
        await client.Http.GetStringAsync("/");
        await CreateAsync(_stale, organisationId, "Two");

        Assert.Contains("being counted again", await client.Http.GetStringAsync("/"), StringComparison.Ordinal);
        await EventuallyAsync(client, "data-testid=\"total\">2 contacts");
    }

    [Fact]
    public async Task EachClearanceLevel_HasItsOwnSnapshot()
    {
        var (confidential, organisationId, _) = await BackOfficeClient.LogInNewAsync(_slow, OperatorRole.Viewer);
        using var first = confidential;
        await CreateAsync(_slow, organisationId, "Open");
        await BackOfficeClient.RunAsOrganisationAsync(_slow, organisationId, services => services.GetRequiredService<ContactService>().CreateAsync(
            new ContactRequest { Kind = ContactKind.Person, LastName = "Secret", Confidentiality = Clearance.Confidential }, CancellationToken.None));
        Assert.Contains("data-testid=\"total\">2 contacts", await confidential.Http.GetStringAsync("/"), StringComparison.Ordinal);

        var email = $"free-{Guid.NewGuid():N}@example.com";
        await BackOfficeClient.RunAsOrganisationAsync(_slow, organisationId, services => services.GetRequiredService<OperatorService>().CreateAsync(
            new OperatorRequest(email, "Free viewer", OperatorRole.Viewer, Clearance.Free, BackOfficeClient.Password), CancellationToken.None));
        using var free = BackOfficeClient.For(_slow);
        await free.LogInAsync(email);

        Assert.Contains("data-testid=\"total\">1 contacts", await free.Http.GetStringAsync("/"), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _slow.Dispose();
        _stale.Dispose();
    }

    private static Task CreateAsync(ApiFactory factory, Guid organisationId, string name) =>
        BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, services => services.GetRequiredService<ContactService>().CreateAsync(
            new ContactRequest { Kind = ContactKind.Person, LastName = name }, CancellationToken.None));

    /// <summary>The run that counts again works in the background: the page shows its figures once it has finished.</summary>
    private static async Task EventuallyAsync(BackOfficeClient client, string expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await client.Http.GetStringAsync("/")).Contains(expected, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"The dashboard never showed {expected}.");
            await Task.Delay(100);
        }
    }
}
