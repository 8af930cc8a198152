using ContactHub.Access;
using ContactHub.Contacts;
using ContactHub.Contacts.Listing;

namespace ContactHub.Data.Tests;

/// <summary>Keyset paging must agree with the engine's own ORDER BY, forwards and backwards, on both engines.</summary>
public sealed class ContactListingTests
{
    private static readonly string[] LastNames = ["Zeller", "adams", "Adams", "Müller", "Mueller", "Berg", "Ådalen", "Berg", "Ng"];

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Count_IsExactUpToTheCap_AndSaysMoreBeyondIt(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        await using (var db = database.Context(organisationId))
        {
            var service = Service(db, organisationId);
            foreach (var last in LastNames)
            {
                await service.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = last }, CancellationToken.None);
            }
        }

        await using var read = database.Context(organisationId);
        var contacts = new ContactListService(read, TimeProvider.System);

        Assert.Equal(new ContactCount(9, AtLeast: false), await contacts.CountAsync(new ContactQuery(), 9, CancellationToken.None));
        Assert.Equal(new ContactCount(5, AtLeast: true), await contacts.CountAsync(new ContactQuery(), 5, CancellationToken.None));
        Assert.Equal(new ContactCount(2, AtLeast: false), await contacts.CountAsync(new ContactQuery(Name: "Berg"), 10, CancellationToken.None));
        // The quick search counts its matches with one typo tolerated, like the list shows them.
        Assert.Equal(new ContactCount(1, AtLeast: false), await contacts.CountAsync(new ContactQuery(Search: "Zeler"), 10, CancellationToken.None));
        Assert.Single((await contacts.ListAsync(new ContactQuery(Search: "Zeler"), CancellationToken.None)).Items);
    }

    [Theory]
    [InlineData("sqlite", ContactSort.Name, false)]
    [InlineData("sqlite", ContactSort.Name, true)]
    [InlineData("sqlite", ContactSort.Created, true)]
    [InlineData("postgres", ContactSort.Name, false)]
    [InlineData("postgres", ContactSort.Name, true)]
    [InlineData("postgres", ContactSort.Created, true)]
    public async Task Pages_ForwardAndBack_MatchOneQuery(string provider, ContactSort sort, bool descending)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        await using (var db = database.Context(organisationId))
        {
            var service = Service(db, organisationId);
            foreach (var last in LastNames)
            {
                await service.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = last }, CancellationToken.None);
            }
        }

        await using var read = database.Context(organisationId);
        var contacts = new ContactListService(read, TimeProvider.System);
        var query = new ContactQuery(Sort: sort, Descending: descending, Limit: 4);
        var all = (await contacts.ListAsync(query with { Limit = 100 }, CancellationToken.None)).Items.Select(c => c.Id).ToList();

        var pages = new List<ContactPage> { await contacts.ListAsync(query, CancellationToken.None) };
        while (pages[^1].NextCursor is { } next)
        {
            pages.Add(await contacts.ListAsync(query with { Cursor = next }, CancellationToken.None));
        }

        Assert.Equal(all, pages.SelectMany(p => p.Items).Select(c => c.Id));
        Assert.Null(pages[0].PreviousCursor);

        // Back from the last page: each "previous" page is the page that was read before it.
        var back = pages[^1];
        for (var i = pages.Count - 2; i >= 0; i--)
        {
            back = await contacts.ListAsync(query with { Before = back.PreviousCursor }, CancellationToken.None);
            Assert.Equal(pages[i].Items.Select(c => c.Id), back.Items.Select(c => c.Id));
        }

        Assert.Null(back.PreviousCursor);
    }

    private static ContactService Service(AppDbContext db, Guid organisationId) =>
        new(db, new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) }, TimeProvider.System);
}
