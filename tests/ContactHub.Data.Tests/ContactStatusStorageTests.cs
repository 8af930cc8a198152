using ContactHub.Access;
using ContactHub.Contacts;
using ContactHub.Contacts.Listing;

namespace ContactHub.Data.Tests;

/// <summary>The status rule runs as SQL for filters and in memory for views; both engines must agree with the loaded contact.</summary>
public sealed class ContactStatusStorageTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task StatusFilter_MatchesTheStatusOfEachContact(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        await using (var db = database.Context(organisationId))
        {
            var service = Service(db, organisationId);
            var company = await service.CreateAsync(new ContactRequest { Kind = ContactKind.Company, CompanyName = "Acme", Industry = "energy" }, CancellationToken.None);
            await service.CreateAsync(new ContactRequest { Kind = ContactKind.Company, CompanyName = "No Industry" }, CancellationToken.None);
            var linked = await service.CreateAsync(new ContactRequest { Kind = ContactKind.Person, FirstName = "Anna", LastName = "Linked", Emails = [new EmailRequest("work", "anna@example.com")] }, CancellationToken.None);
            await service.CreateAsync(new ContactRequest { Kind = ContactKind.Person, FirstName = "Bert", LastName = "Alone", Emails = [new EmailRequest("work", "bert@example.com")] }, CancellationToken.None);
            await service.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "NoFirstName" }, CancellationToken.None);
            await new ContactLinkService(db, TimeProvider.System).ConnectAsync(linked.Id, company.Id, null, CancellationToken.None);
            var definition = new Definitions.ContactDefinition(organisationId);
            db.Add(definition);
            definition.SetCompleteness(new CompletenessRules(["firstName", "lastName", "email"], ["companyName", "industry"]));
            await db.SaveChangesAsync();
        }

        await using var read = database.Context(organisationId);
        var contacts = new ContactListService(read, TimeProvider.System);
        var views = Service(read, organisationId);
        var complete = (await contacts.ListAsync(new ContactQuery(Status: ContactStatus.Complete), CancellationToken.None)).Items;
        var draft = (await contacts.ListAsync(new ContactQuery(Status: ContactStatus.Draft), CancellationToken.None)).Items;

        Assert.Equal(["Acme", "Anna Linked"], complete.Select(c => c.DisplayName).Order(StringComparer.Ordinal));
        Assert.Equal(["Bert Alone", "No Industry", "NoFirstName"], draft.Select(c => c.DisplayName).Order(StringComparer.Ordinal));
        Assert.All(complete, c => Assert.Equal(ContactStatus.Complete, c.Status));
        Assert.All(draft, c => Assert.Equal(ContactStatus.Draft, c.Status));
        foreach (var summary in complete.Concat(draft))
        {
            Assert.Equal(summary.Status, (await views.GetAsync(summary.Id, CancellationToken.None)).Status);
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ConfidentialityFilter_ReturnsThatLevelOnly(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        await using (var db = database.Context(organisationId))
        {
            var service = Service(db, organisationId);
            await service.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Open" }, CancellationToken.None);
            await service.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Restricted", Confidentiality = Clearance.Restricted }, CancellationToken.None);
            await service.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Secret", Confidentiality = Clearance.Confidential }, CancellationToken.None);
        }

        await using var read = database.Context(organisationId);
        var contacts = new ContactListService(read, TimeProvider.System);
        foreach (var level in Enum.GetValues<Clearance>())
        {
            var items = (await contacts.ListAsync(new ContactQuery(Confidentiality: level), CancellationToken.None)).Items;
            Assert.Equal(level, Assert.Single(items).Confidentiality);
        }
    }

    private static ContactService Service(AppDbContext db, Guid organisationId) =>
        new(db, new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) }, TimeProvider.System);
}
