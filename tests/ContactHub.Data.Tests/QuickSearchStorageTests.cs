using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Contacts.Listing;
using ContactHub.Contacts.Search;
using ContactHub.Imports;
using ContactHub.Organisations;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Data.Tests;

/// <summary>
/// The quick search on both engines: a name with a typo, e-mail prefix, phone digits in any format, reference code;
/// the search keys follow every rename and delete, stay within the tenant, and are filled for contacts stored before.
/// </summary>
public sealed class QuickSearchStorageTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task EveryKindOfTerm_FindsTheContact_WithinTheTenant(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organisationId, anna, schneider, company) = await SeedAsync(database);
        await using var db = database.Context(organisationId);
        var service = List(db);

        Found([anna, company], await FindAsync(service, "Muler"));          // a letter missing
        Found([anna, company], await FindAsync(service, "Mülelr"));         // two letters swapped
        Found([anna], await FindAsync(service, "anna mueller"));            // every word must match
        Found([anna], await FindAsync(service, "anna mul"));                // the last word as typed so far
        Found([anna], await FindAsync(service, "mueller ann"));             // ... in either order
        Found([schneider], await FindAsync(service, "Schnieder"));
        Found([anna, company], await FindAsync(service, "mull"));           // the start of the name
        Found([anna], await FindAsync(service, "079 123 45 67"));           // national format
        Found([anna], await FindAsync(service, "+41 79 123 45 67"));        // international format
        Found([anna], await FindAsync(service, "1234567"));                 // trailing digits
        Found([anna], await FindAsync(service, "Anna.Mue"));                // e-mail prefix
        Found([schneider], await FindAsync(service, "R-1002"));             // reference code
        Assert.Empty(await FindAsync(service, "Meier"));

        var tooShort = await Assert.ThrowsAsync<ValidationFailedException>(() => FindAsync(service, " m "));
        Assert.Contains("q", tooShort.Errors.Keys);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Keys_FollowRenameAndDelete(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organisationId, anna, _, company) = await SeedAsync(database);
        await using (var db = database.Context(organisationId))
        {
            await Service(db, organisationId).UpdateAsync(anna, new ContactRequest { LastName = "Schmidt" }, new HashSet<string> { "lastName" }, null, CancellationToken.None);
        }

        await using (var db = database.Context(organisationId))
        {
            var service = Service(db, organisationId);
            Found([company], await FindAsync(List(db), "Muler"));
            Found([anna], await FindAsync(List(db), "Schmitt"));
            var keys = await db.ContactSearchKeys.Where(k => k.ContactId == anna).ToListAsync();
            Assert.Equal(NameVariants.KeysOf("schmidt anna").Order(StringComparer.Ordinal), keys.Select(k => k.Key).Order(StringComparer.Ordinal));
            Assert.All(keys, k => Assert.Equal("schmidt anna", k.NameKey));

            await service.DeleteAsync(anna, null, CancellationToken.None);
            Assert.False(await db.ContactSearchKeys.AnyAsync(k => k.ContactId == anna));
        }
    }

    // On SQLite the keys live in their primary key's b-tree alone (the migration makes the table WITHOUT ROWID); EF
    // rebuilds a SQLite table for many changes without that clause, which would write every key twice again.
    [Fact]
    public async Task SearchKeys_OnSqlite_AreStoredInTheirPrimaryKeyAlone()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await database.MigrateWithOrganisationAsync();
        await using var db = database.Context();
        var table = await db.Database.SqlQuery<string>($"SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'ContactSearchKeys'").SingleAsync();
        Assert.Contains("WITHOUT ROWID", table, StringComparison.OrdinalIgnoreCase);
    }

    // In name order the matches are read window by window in the search keys' order; in the order of creation they
    // are listed by id. Either way every page follows on from the last.
    [Theory]
    [InlineData("sqlite", ContactSort.Name)]
    [InlineData("postgres", ContactSort.Name)]
    [InlineData("sqlite", ContactSort.Created)]
    [InlineData("postgres", ContactSort.Created)]
    public async Task ManyMatches_AreFilteredByTheLookups_AndPageLikeAFew(string provider, ContactSort sort)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organisationId, _, schneider, _) = await SeedAsync(database);
        var many = 1_005;
        var rows = Enumerable.Range(0, many).Select(i => new ContactRequest { Kind = ContactKind.Person, FirstName = $"Person{i:D4}", LastName = "Schneider" });
        Assert.Equal(many, await ImportAsync(database, organisationId, rows));

        await using var read = database.Context(organisationId);
        var service = List(read);
        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await service.ListAsync(new ContactQuery(Search: "Schnieder", Sort: sort, Limit: ContactListService.MaxPageSize, Cursor: cursor), CancellationToken.None);
            seen.AddRange(page.Items.Select(c => c.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(many + 1, seen.Distinct().Count());
        Assert.Equal(many + 1, seen.Count);
        Assert.Contains(schneider, seen);
    }

    // A filter that leaves few of many matches makes the windows of matches grow; forward and back, the pages follow
    // the list's name order exactly.
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ManyMatchesInNameOrder_PageForwardAndBack_InTheListsOrder(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organisationId, _, _, _) = await SeedAsync(database);
        var persons = Enumerable.Range(0, 1_000).Select(i => new ContactRequest { Kind = ContactKind.Person, FirstName = $"Person{i:D4}", LastName = "Schneider" });
        // Each company sorts right after one of the persons, so the companies are spread over the matches.
        var companies = Enumerable.Range(0, 6).Select(i => new ContactRequest { Kind = ContactKind.Company, CompanyName = $"Schneider Person{i * 199:D4}x" });
        Assert.Equal(1_006, await ImportAsync(database, organisationId, persons.Concat(companies)));

        await using var read = database.Context(organisationId);
        var service = List(read);
        foreach (var (kind, limit) in new (ContactKind?, int)[] { (ContactKind.Company, 2), (null, 37) })
        {
            var expected = await read.Contacts
                .Where(c => c.NameKey.StartsWith("schneider") && (kind == null || c.Kind == kind))
                .OrderBy(c => c.NameKey).ThenBy(c => c.Id).Select(c => c.Id).ToListAsync();
            var query = new ContactQuery(Search: "Schnieder", Kind: kind, Sort: ContactSort.Name, Limit: limit);
            var forward = new List<Guid>();
            var page = await service.ListAsync(query, CancellationToken.None);
            forward.AddRange(page.Items.Select(c => c.Id));
            while (page.NextCursor is not null)
            {
                page = await service.ListAsync(query with { Cursor = page.NextCursor }, CancellationToken.None);
                forward.AddRange(page.Items.Select(c => c.Id));
            }

            var backward = page.Items.Select(c => c.Id).ToList();
            while (page.PreviousCursor is not null)
            {
                page = await service.ListAsync(query with { Before = page.PreviousCursor }, CancellationToken.None);
                backward.InsertRange(0, page.Items.Select(c => c.Id));
            }

            Assert.Equal(expected, forward);
            Assert.Equal(expected, backward);
        }
    }

    private static async Task<(Guid Organisation, Guid Anna, Guid Schneider, Guid Company)> SeedAsync(TestDatabase database)
    {
        var organisationId = await database.MigrateWithOrganisationAsync();
        var other = new Organisation("Other", CountryCode.Parse("CH"), DateTime.UtcNow);
        await using (var db = database.Context())
        {
            db.Organisations.Add(other);
            await db.SaveChangesAsync();
        }

        await using (var db = database.Context(other.Id))
        {
            await Service(db, other.Id).CreateAsync(new ContactRequest { Kind = ContactKind.Person, FirstName = "Anna", LastName = "Müller" }, CancellationToken.None);
        }

        await using var mine = database.Context(organisationId);
        var service = Service(mine, organisationId);
        var anna = await service.CreateAsync(new ContactRequest
        {
            Kind = ContactKind.Person, FirstName = "Anna", LastName = "Müller", ReferenceCode = "R-1001",
            Emails = [new EmailRequest("private", "anna.mueller@example.org")],
            Phones = [new PhoneRequest("mobile", "+41 79 123 45 67")],
        }, CancellationToken.None);
        var schneider = await service.CreateAsync(new ContactRequest { Kind = ContactKind.Person, FirstName = "Jörg", LastName = "Schneider", ReferenceCode = "R-1002" }, CancellationToken.None);
        var company = await service.CreateAsync(new ContactRequest { Kind = ContactKind.Company, CompanyName = "Müller & Söhne AG" }, CancellationToken.None);
        return (organisationId, anna.Id, schneider.Id, company.Id);
    }

    private static async Task<int> ImportAsync(TestDatabase database, Guid organisationId, IEnumerable<ContactRequest> rows)
    {
        await using var db = database.Context(organisationId);
        var importer = new ContactImporter(db, new CallerContext { Current = db.Caller }, TimeProvider.System, new DefinitionUniquenessCheck(db));
        return (await importer.ImportAsync(rows, CancellationToken.None)).Imported;
    }

    private static void Found(Guid[] expected, List<Guid> found) => Assert.Equal(expected.Order(), found);

    private static async Task<List<Guid>> FindAsync(ContactListService service, string term) =>
        [.. (await service.ListAsync(new ContactQuery(Search: term, Sort: ContactSort.Name, Limit: 50), CancellationToken.None)).Items.Select(c => c.Id).Order()];

    private static ContactListService List(AppDbContext db) => new(db, TimeProvider.System);

    private static ContactService Service(AppDbContext db, Guid organisationId) =>
        new(db, new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) }, TimeProvider.System);
}
