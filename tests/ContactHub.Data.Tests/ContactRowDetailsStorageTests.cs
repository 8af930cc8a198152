using System.Text.Json;
using ContactHub.Access;
using ContactHub.Consent;
using ContactHub.Contacts;
using ContactHub.Contacts.Listing;
using ContactHub.CustomFields;
using ContactHub.Organisations;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Data.Tests;

/// <summary>The list's optional columns (issue 20, part 4) read for a page of rows, on both engines.</summary>
public sealed class ContactRowDetailsStorageTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Details_AreTheAskedParts_OfVisibleContactsOnly(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organisationId, anna, bert, acme) = await SeedAsync(database);
        var reader = new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) with { Clearance = Clearance.Restricted } };
        await using var db = database.Context(reader);
        var list = new ContactListService(db, TimeProvider.System);

        var details = await list.DetailsAsync([anna, bert], new ContactRowDetailsRequest(Channels: true, Companies: true, CustomFieldKeys: ["tier"]), None);

        Assert.Equal([Channel.Email, Channel.Letter], details[anna].AllowedChannels.Order());
        Assert.Equal(Channel.Letter, details[anna].PreferredChannel);
        // The Confidential company the reader may not see is not named.
        Assert.Equal([new LinkedCompany(acme, "Acme", "Buyer")], details[anna].Companies);
        Assert.Equal(new Dictionary<string, string> { ["tier"] = "Gold" }, details[anna].CustomValues);
        Assert.Empty(details[bert].Companies);
        Assert.Empty(details[bert].CustomValues);
        Assert.Equal(4, details[bert].AllowedChannels.Count);
        Assert.Empty(await list.DetailsAsync([anna, bert], new ContactRowDetailsRequest(), None));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Preferences_AreTheOperatorsOwn_ElseTheOrganisationsZone(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        var system = new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) };
        Guid operatorId;
        await using (var setup = database.Context(system))
        {
            Assert.Equal("UTC", (await new OrganisationService(setup, TimeProvider.System).SettingsAsync(None)).TimeZone);
            await new OrganisationService(setup, TimeProvider.System).SetTimeZoneAsync("Europe/Zurich", None);
            var account = new Operator(organisationId, "ops@example.com", "Ops", OperatorRole.Viewer, Clearance.Free, DateTime.UnixEpoch);
            setup.Operators.Add(account);
            await setup.SaveChangesAsync();
            operatorId = account.Id;
        }

        var asOperator = new CallerContext { Current = new Caller(organisationId, ActorKind.Operator, operatorId, "Ops", "ui", Clearance.Free) };
        await using var db = database.Context(asOperator);
        var preferences = new OperatorPreferenceService(db, asOperator);
        var defaults = await preferences.CurrentAsync(None);
        Assert.Equal(("Europe/Zurich", null, true), (defaults.Zone.Id, defaults.OwnTimeZone, defaults.Culture.IsIso));

        await preferences.SetDisplayAsync(new OperatorDisplayRequest("Asia/Tokyo", "de-CH"), None);
        await preferences.SetListColumnsAsync(new Dictionary<string, bool> { ["companies"] = true, ["custom.tier"] = false }, None);
        await using var again = database.Context(asOperator);
        var chosen = await new OperatorPreferenceService(again, asOperator).CurrentAsync(None);

        Assert.Equal(("Asia/Tokyo", "Europe/Zurich", "de-CH"), (chosen.Zone.Id, chosen.OrganisationTimeZone, chosen.Culture.Name));
        Assert.Equal(new Dictionary<string, bool> { ["companies"] = true, ["custom.tier"] = false }, chosen.ListColumns);
    }

    private static async Task<(Guid Organisation, Guid Anna, Guid Bert, Guid Acme)> SeedAsync(TestDatabase database)
    {
        var organisationId = await database.MigrateWithOrganisationAsync();
        var caller = new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) };
        await using var db = database.Context(caller);
        var fields = new CustomFieldDefinitionService(db, caller, TimeProvider.System);
        await fields.CreateAsync(new CustomFieldRequest { Key = "tier", Name = "Tier", Type = CustomFieldType.Text, AppliesTo = CustomFieldTarget.Persons, Visibility = [CustomFieldPlace.List] }, None);
        await fields.CreateAsync(new CustomFieldRequest { Key = "shoeSize", Name = "Shoe size", Type = CustomFieldType.Number, AppliesTo = CustomFieldTarget.Persons }, None);
        var contacts = new ContactService(db, caller, TimeProvider.System);
        var acme = (await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Company, CompanyName = "Acme" }, None)).Id;
        var secret = (await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Company, CompanyName = "Secret", Confidentiality = Clearance.Confidential }, None)).Id;
        var anna = (await contacts.CreateAsync(
            new ContactRequest
            {
                Kind = ContactKind.Person, LastName = "Anna", AllowedChannels = [Channel.Email, Channel.Letter], PreferredChannel = Channel.Letter,
                CustomFields = new Dictionary<string, JsonElement> { ["tier"] = JsonSerializer.SerializeToElement("Gold"), ["shoeSize"] = JsonSerializer.SerializeToElement(42) },
            },
            None)).Id;
        var bert = (await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Bert" }, None)).Id;
        var links = new ContactLinkService(db, TimeProvider.System);
        await links.ConnectAsync(anna, acme, "Buyer", None);
        await links.ConnectAsync(anna, secret, null, None);
        Assert.Equal(2, await db.CompanyLinks.CountAsync(l => l.PersonId == anna));
        return (organisationId, anna, bert, acme);
    }
}
