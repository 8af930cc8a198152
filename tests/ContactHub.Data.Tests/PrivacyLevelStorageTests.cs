using ContactHub.Access;
using ContactHub.Audit;
using ContactHub.Contacts;
using ContactHub.Definitions;
using ContactHub.Definitions.PrivacyLevels;
using ContactHub.Imports;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Data.Tests;

/// <summary>
/// Privacy-level rules and seed 001/003's new fields as stored, on both engines: the save step and the bulk import raise
/// the level alike, each raise an audit entry of its own with the rule as source, and the new columns round-trip.
/// </summary>
public sealed class PrivacyLevelStorageTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SaveAndImport_RaiseTheLevel_AndRecordTheRuleAsSource(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        Guid ruleId;
        await using (var db = database.Context(organisationId))
        {
            db.Add(new ContactDefinition(organisationId));
            await db.SaveChangesAsync();
            var rules = await new PrivacyLevelService(db).ReplaceAsync(
                new PrivacyLevelsRequest([new PrivacyLevelRuleRequest(null, "VIP", null, Clearance.Confidential)]), CancellationToken.None);
            ruleId = rules.Rules.Single().Id;
        }

        Guid saved;
        await using (var db = database.Context(organisationId))
        {
            saved = (await new ContactService(db, new CallerContext { Current = db.Caller }, TimeProvider.System).CreateAsync(
                new ContactRequest { Kind = ContactKind.Person, Emails = [new EmailRequest("work", "vip@example.com")], Categories = ["VIP"], DataOrigin = "business-card", Industry = "law" },
                CancellationToken.None)).Id;
        }

        await using (var db = database.Context(organisationId))
        {
            var importer = new ContactImporter(db, new CallerContext { Current = db.Caller }, TimeProvider.System, new DefinitionUniquenessCheck(db));
            var result = await importer.ImportAsync(
                [new ContactRequest { Kind = ContactKind.Company, CompanyName = "Imported VIP", Categories = ["VIP"], ProfileYear = 2024 }], CancellationToken.None);
            Assert.Equal(1, result.Imported);
        }

        await using var read = database.Context(organisationId);
        var contacts = await read.Contacts.AsNoTracking().ToListAsync();
        Assert.All(contacts, c => Assert.Equal(Clearance.Confidential, c.Confidentiality));
        var person = contacts.Single(c => c.Id == saved);
        Assert.Equal(("business-card", "law", "services"), (person.DataOrigin, person.Industry, person.Sector));
        Assert.Equal(2024, contacts.Single(c => c.Id != saved).ProfileYear);
        var raises = await read.AuditEntries.AsNoTracking().Where(a => a.Source == $"rule:privacy-level:{ruleId}").ToListAsync();
        Assert.Equal(contacts.Select(c => c.Id).Order(), raises.Select(a => a.ContactId!.Value).Order());
        Assert.All(raises, a => Assert.Equal((AuditAction.Updated, ActorKind.System), (a.Action, a.ActorKind)));
        Assert.All(raises, a => Assert.Contains("\"old\":\"free\",\"new\":\"confidential\"", a.Changes, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ADefinitionWithoutRules_ReadsAsNone_AndKeepsADefaultLanguage(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        await using (var db = database.Context(organisationId))
        {
            db.Add(new ContactDefinition(organisationId));
            await db.SaveChangesAsync();
            var consent = new ConsentDefinitionService(db, new CallerContext { Current = db.Caller }, new ContactHub.Consent.ConsentService(db, new CallerContext { Current = db.Caller }, TimeProvider.System), TimeProvider.System);
            await consent.SetDefaultLanguageAsync("fr-ch", CancellationToken.None);
        }

        await using var read = database.Context(organisationId);
        var definition = await read.Set<ContactDefinition>().AsNoTracking().SingleAsync();
        Assert.Equal(("[]", "fr-CH"), (definition.PrivacyLevels, definition.DefaultLanguage));
        Assert.Empty(definition.PrivacyLevelRules.All);
    }
}
