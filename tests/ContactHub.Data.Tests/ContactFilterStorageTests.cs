using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Contacts.ContactPoints;
using ContactHub.Contacts.Listing;

namespace ContactHub.Data.Tests;

/// <summary>
/// The list's filters for blocked contacts, e-mail addresses, phone numbers, country and the created/updated ranges, on
/// both engines: plain conditions that combine with the other filters, the quick search and paging.
/// </summary>
public sealed class ContactFilterStorageTests
{
    private static readonly CountryCode Germany = CountryCode.Parse("DE");

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task BlockedEmailPhoneAndCountry_LookAtActiveEntriesOnly(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        await using (var db = database.Context(organisationId))
        {
            var caller = new CallerContext { Current = db.Caller };
            var contacts = new ContactService(db, caller, TimeProvider.System);
            var points = new ContactPointService(db, caller);
            Task<ContactView> CreateAsync(ContactRequest request) => contacts.CreateAsync(request, CancellationToken.None);

            await CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Blocked", Blocked = true, BlockedReason = "Fraud" });
            await CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Mail", Emails = [new EmailRequest("work", "mail@example.com")] });
            await CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Phone", Phones = [new PhoneRequest("mobile", "+41 79 123 45 67")] });
            await CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Resident", CountryOfResidence = "DE" });
            await CreateAsync(new ContactRequest
            {
                Kind = ContactKind.Company, CompanyName = "Addressed AG",
                Addresses = [new AddressRequest("home", "Hauptstrasse 1", null, "8000", "Zürich", null, "CH"), new AddressRequest("work", "Unter den Linden 1", null, "10117", "Berlin", null, "DE")],
            });

            // An e-mail address, a phone number and an address kept as history only.
            var former = await CreateAsync(new ContactRequest
            {
                Kind = ContactKind.Person, LastName = "Former", CountryOfResidence = "CH",
                Emails = [new EmailRequest("work", "former@example.com")], Phones = [new PhoneRequest("work", "+41 44 123 45 67")],
                Addresses = [new AddressRequest("home", "Alte Strasse 2", null, "80331", "München", null, "DE")],
            });
            await points.DeactivateAsync(former.Id, ContactPointKind.Email, former.Emails[0].Id, null, CancellationToken.None);
            await points.DeactivateAsync(former.Id, ContactPointKind.Phone, former.Phones[0].Id, null, CancellationToken.None);
            await points.DeactivateAsync(former.Id, ContactPointKind.Address, former.Addresses[0].Id, null, CancellationToken.None);
        }

        await using var read = database.Context(organisationId);
        var list = new ContactListService(read, TimeProvider.System);
        string[] everyone = ["Addressed AG", "Blocked", "Former", "Mail", "Phone", "Resident"];

        Assert.Equal(everyone, await NamesAsync(list, new ContactQuery()));
        Assert.Equal(["Blocked"], await NamesAsync(list, new ContactQuery(Blocked: true)));
        Assert.Equal(everyone.Except(["Blocked"]), await NamesAsync(list, new ContactQuery(Blocked: false)));
        Assert.Equal(["Mail"], await NamesAsync(list, new ContactQuery(HasEmail: true)));
        Assert.Equal(everyone.Except(["Mail"]), await NamesAsync(list, new ContactQuery(HasEmail: false)));
        Assert.Equal(["Phone"], await NamesAsync(list, new ContactQuery(HasPhone: true)));
        Assert.Equal(everyone.Except(["Phone"]), await NamesAsync(list, new ContactQuery(HasPhone: false)));
        Assert.Equal(["Addressed AG", "Resident"], await NamesAsync(list, new ContactQuery(Country: Germany)));
        Assert.Equal(["Addressed AG", "Former"], await NamesAsync(list, new ContactQuery(Country: CountryCode.Parse("CH"))));
        Assert.Empty(await NamesAsync(list, new ContactQuery(Country: CountryCode.Parse("FR"))));
        Assert.Equal(["Resident"], await NamesAsync(list, new ContactQuery(Country: Germany, Kind: ContactKind.Person, HasEmail: false, Blocked: false)));

        // With the quick search, read by window in name order or by ids in the order of creation, the filters still apply.
        foreach (var sort in Enum.GetValues<ContactSort>())
        {
            Assert.Equal(["Addressed AG"], await NamesAsync(list, new ContactQuery(Search: "Adressed", Sort: sort, Country: Germany)));
            Assert.Empty(await NamesAsync(list, new ContactQuery(Search: "Adressed", Sort: sort, HasPhone: true)));
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CreatedAndUpdatedRanges_IncludeTheirStart_AndExcludeTheirEnd(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        var january = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var february = january.AddMonths(1);
        var clock = new ManualClock();
        var caller = new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) };
        await using (var db = database.Context(caller, clock))
        {
            var contacts = new ContactService(db, caller, clock);
            async Task<ContactView> CreateAtAsync(DateTimeOffset at, string name)
            {
                clock.Now = at;
                return await contacts.CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = name }, CancellationToken.None);
            }

            // Microseconds: what PostgreSQL keeps of a time.
            var before = await CreateAtAsync(january.AddTicks(-10), "Before");
            await CreateAtAsync(january, "Start");
            await CreateAtAsync(february.AddTicks(-10), "Last");
            await CreateAtAsync(february, "Next");

            clock.Now = february.AddDays(10);
            await contacts.UpdateAsync(before.Id, new ContactRequest { FirstName = "Changed" }, new HashSet<string> { "firstName" }, null, CancellationToken.None);
        }

        await using var read = database.Context(organisationId);
        var list = new ContactListService(read, TimeProvider.System);

        Assert.Equal(["Last", "Start"], await NamesAsync(list, new ContactQuery(CreatedFrom: january, CreatedTo: february)));
        Assert.Equal(["Next"], await NamesAsync(list, new ContactQuery(CreatedFrom: february)));
        Assert.Equal(["Changed Before"], await NamesAsync(list, new ContactQuery(CreatedTo: january)));
        // The same instant written with an offset.
        Assert.Equal(["Next"], await NamesAsync(list, new ContactQuery(CreatedFrom: february.ToOffset(TimeSpan.FromHours(2)))));
        Assert.Equal(["Changed Before"], await NamesAsync(list, new ContactQuery(UpdatedFrom: february.AddDays(10))));
        Assert.Equal(["Last", "Next", "Start"], await NamesAsync(list, new ContactQuery(UpdatedTo: february.AddDays(10))));
        Assert.Equal(["Last", "Next"], await NamesAsync(list, new ContactQuery(CreatedFrom: january.AddTicks(10), UpdatedTo: february.AddTicks(10))));
        Assert.Empty(await NamesAsync(list, new ContactQuery(CreatedFrom: january, CreatedTo: january)));

        var reversed = await Assert.ThrowsAsync<ValidationFailedException>(() => list.ListAsync(new ContactQuery(CreatedFrom: february, CreatedTo: january), CancellationToken.None));
        Assert.Equal(["createdTo"], reversed.Errors.Keys);
        var reversedUpdate = await Assert.ThrowsAsync<ValidationFailedException>(() => list.ListAsync(new ContactQuery(UpdatedFrom: february, UpdatedTo: january), CancellationToken.None));
        Assert.Equal(["updatedTo"], reversedUpdate.Errors.Keys);
    }

    private static async Task<List<string>> NamesAsync(ContactListService list, ContactQuery query) =>
        [.. (await list.ListAsync(query with { Limit = 100 }, CancellationToken.None)).Items.Select(c => c.DisplayName).Order(StringComparer.Ordinal)];
}
