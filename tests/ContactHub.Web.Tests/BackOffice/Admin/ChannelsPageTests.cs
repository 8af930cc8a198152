using ContactHub.Consent;
using ContactHub.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.BackOffice.Admin;

public sealed class ChannelsPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Channels_Saved_AndAPreferredChannelNotAllowedIsAFieldError()
    {
        var (client, organisationId, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;
        Assert.Contains("name=\"Channels.Allowed\" value=\"Email\"", await client.Http.GetStringAsync("/admin/channels"), StringComparison.Ordinal);

        var refused = await client.PostFormAsync("/admin/channels", new() { ["Channels.Allowed"] = "Letter", ["Channels.Preferred"] = "Email" }, "/admin/channels?handler=Channels");
        Assert.Contains("id=\"Channels_Preferred-error\">The preferred channel &#x27;email&#x27; is not among the allowed channels.",
            await AdminPages.AssertRefusedAsync(refused), StringComparison.Ordinal);

        AdminPages.AssertSaved(await client.PostFormAsync("/admin/channels", new() { ["Channels.Allowed"] = "Letter", ["Channels.Preferred"] = "Letter" }, "/admin/channels?handler=Channels"));
        Assert.Contains("New contacts allow Letter.", await client.Http.GetStringAsync("/admin/channels"), StringComparison.Ordinal);
        await BackOfficeClient.RunAsOrganisationAsync(factory, organisationId, async services =>
        {
            var defaults = await services.GetRequiredService<ConsentDefinitionService>().ChannelDefaultsAsync(CancellationToken.None);
            Assert.Equal([Channel.Letter], defaults.AllowedChannels);
            Assert.Equal(Channel.Letter, defaults.PreferredChannel);
        });
    }

    [Fact]
    public async Task NotificationType_Created_AndAMarketingTypeWithoutPurposeIsAFieldError()
    {
        var (client, _, _) = await AdminPages.LogInAdministratorAsync(factory);
        using var session = client;

        var refused = await client.PostFormAsync("/admin/channels", new() { ["NewType.Key"] = "offers", ["NewType.Name"] = "Offers", ["NewType.PurposeClass"] = "Marketing", ["NewType.ConsentPurpose"] = "" },
            "/admin/channels?handler=Type");
        Assert.Matches("id=\"NewType_ConsentPurpose-error\" class=\"error\">[^<]+<", await AdminPages.AssertRefusedAsync(refused));

        AdminPages.AssertSaved(await client.PostFormAsync("/admin/channels", new() { ["NewType.Key"] = "invoices", ["NewType.Name"] = "Invoices", ["NewType.PurposeClass"] = "Financial" },
            "/admin/channels?handler=Type"));
        Assert.Matches("<td>Invoices</td><td><code>invoices</code></td><td>Financial</td>", await client.Http.GetStringAsync("/admin/channels"));
    }

    [Fact]
    public async Task Channels_RefusesAnOperator() => await AdminPages.AssertOperatorIsRefusedAsync(factory, "/admin/channels");
}
