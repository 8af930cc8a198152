using ContactHub.Access;
using ContactHub.Contacts;
using ContactHub.Contacts.Listing;
using ContactHub.Interactions;

namespace ContactHub.Data.Tests.Interactions;

/// <summary>Interactions on both engines: newest-first keyset paging, clearance through the contacts, and the "within N days" list filter.</summary>
public sealed class InteractionStorageTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Paging_Clearance_AndTheRecentInteractionFilter(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        var confidential = new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) };
        var now = DateTimeOffset.UtcNow;
        Guid open, hush;
        await using (var db = database.Context(organisationId))
        {
            var contacts = new ContactService(db, confidential, TimeProvider.System);
            open = (await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Open" }, CancellationToken.None)).Id;
            hush = (await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Hush", Confidentiality = Clearance.Confidential }, CancellationToken.None)).Id;
            await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Never" }, CancellationToken.None);
            var interactions = new InteractionService(db, confidential, TimeProvider.System);
            foreach (var (contact, daysAgo) in new[] { (open, 300), (hush, 5), (open, 20) })
            {
                await interactions.CreateAsync(new InteractionRequest
                {
                    ContactIds = [contact], Type = InteractionType.Call, Direction = InteractionDirection.In, Subject = $"{daysAgo} days ago", OccurredAt = now.AddDays(-daysAgo),
                }, CancellationToken.None);
            }
        }

        await using (var db = database.Context(organisationId))
        {
            var all = new InteractionService(db, confidential, TimeProvider.System);
            var first = await all.ListAsync(new InteractionQuery(Limit: 2), CancellationToken.None);
            Assert.Equal(["5 days ago", "20 days ago"], first.Items.Select(i => i.Subject));
            var second = await all.ListAsync(new InteractionQuery(Limit: 2, Cursor: first.NextCursor), CancellationToken.None);
            Assert.Equal(["300 days ago"], second.Items.Select(i => i.Subject));
            var names = await NamesAsync(new ContactListService(db, TimeProvider.System), 90);
            Assert.Equal(["Hush", "Open"], names);
        }

        var free = new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) with { Clearance = Clearance.Free } };
        await using (var db = database.Context(free))
        {
            var visible = await new InteractionService(db, free, TimeProvider.System).ListAsync(new InteractionQuery(), CancellationToken.None);
            Assert.Equal(["20 days ago", "300 days ago"], visible.Items.Select(i => i.Subject));
            Assert.Equal(["Open"], await NamesAsync(new ContactListService(db, TimeProvider.System), 90));
        }
    }

    private static async Task<List<string?>> NamesAsync(ContactListService service, int days)
    {
        var page = await service.ListAsync(new ContactQuery(Sort: ContactSort.Name, Limit: 100, InteractionWithinDays: days), CancellationToken.None);
        return [.. page.Items.Select(i => i.DisplayName)];
    }
}
