using ContactHub.Access;
using ContactHub.Audit;
using ContactHub.Consent;
using ContactHub.Contacts;
using ContactHub.Contacts.Statistics;
using ContactHub.Organisations;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Data.Tests.Statistics;

/// <summary>
/// Each dashboard figure on a small seeded organisation, on both engines. Beside the counted contacts lie a
/// Confidential one (above the reader's Restricted clearance) and another organisation's, each set up to change
/// every figure if it leaked in.
/// </summary>
public sealed class ContactStatisticsStorageTests
{
    private static readonly DateTimeOffset Today = new(2026, 6, 15, 9, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Figures_CountTheVisibleContactsOfTheOrganisationOnly(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organisationId, purpose) = await SeedAsync(database);

        await using var db = database.Context(Reader(organisationId), new ManualClock { Now = Today });
        var figures = await new ContactStatistics(db, new ManualClock { Now = Today }).ReadAsync(None);

        Assert.Equal(5, figures.Total);
        Assert.Equal([new Figure("Person", 4), new Figure("Company", 1)], figures.ByKind);
        Assert.Equal([new Figure("Draft", 3), new Figure("Complete", 2)], figures.ByStatus);
        Assert.Equal([new Figure("Marketing", 4), new Figure("Financial", 1)], figures.ByLifeCycle);
        Assert.Equal(1, figures.Invalid);
        Assert.Equal(1, figures.Blocked);
        Assert.Equal(1, figures.Bounced);
        Assert.Equal([new Figure("Email", 4), new Figure("Phone", 1), new Figure("Sms", 1), new Figure("Letter", 2)], figures.AllowedChannels);
        var coverage = Assert.Single(figures.Consent, c => c.PurposeKey == purpose);
        Assert.Equal((1, 1, 3), (coverage.Granted, coverage.Withdrawn, coverage.None));
        Assert.All(figures.Consent.Where(c => c.PurposeKey != purpose), c => Assert.Equal((0, 0, 5), (c.Granted, c.Withdrawn, c.None)));
        Assert.Equal(ContactStatistics.Months, figures.CreatedPerMonth.Count);
        Assert.Equal(new MonthCount(2025, 7, 0), figures.CreatedPerMonth[0]);
        Assert.Equal(
            [new MonthCount(2026, 1, 2), new MonthCount(2026, 3, 1), new MonthCount(2026, 6, 1)],
            figures.CreatedPerMonth.Where(m => m.Count > 0));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task RecentChanges_AreTheNewestEntriesOfVisibleContacts(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organisationId, _) = await SeedAsync(database);

        await using var db = database.Context(Reader(organisationId));
        var recent = await new HistoryService(db).RecentAsync(100, None);
        var names = await db.Contacts.Where(c => recent.Select(r => r.ContactId).Contains(c.Id)).Select(c => c.LastName ?? c.CompanyName).ToListAsync();

        Assert.Equal(["Acme", "Bounce", "Cleo", "Linked", "Old"], names.Order(StringComparer.Ordinal));
        Assert.Equal(recent.OrderByDescending(r => r.Entry.OccurredAt).ThenByDescending(r => r.Entry.Id), recent);
        // The newest visible entry is Bert's withdrawal; the hidden contact's later decision is not there.
        Assert.Equal("Bounce", await db.Contacts.Where(c => c.Id == recent[0].ContactId).Select(c => c.LastName).SingleAsync());
        Assert.Equal(3, (await new HistoryService(db).RecentAsync(3, None)).Count);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task PossibleDuplicates_CountValuesSharedByVisibleContactsUpToTheCap(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organisationId, otherId) = await TwoOrganisationsAsync(database);

        async Task<ContactView> CreateAsync(Guid organisation, string name, string? email, string? phone, Clearance confidentiality = Clearance.Free)
        {
            var caller = new CallerContext { Current = Caller.System("tests").ForOrganisation(organisation) };
            await using var db = database.Context(caller);
            return await new ContactService(db, caller, TimeProvider.System).CreateAsync(new ContactRequest
            {
                Kind = ContactKind.Person, FirstName = "Pat", LastName = name, Confidentiality = confidentiality,
                Emails = email is null ? null : [new EmailRequest("work", email)],
                Phones = phone is null ? null : [new PhoneRequest("mobile", phone)],
            }, None);
        }

        // Counted: one address and one number, each shared by two visible contacts (the address in another case).
        await CreateAsync(organisationId, "A", "shared@example.com", "+41 79 555 12 34");
        await CreateAsync(organisationId, "B", "Shared@Example.com", "+41795551234");
        // Not counted: shared only with a contact above the reader's clearance, or another organisation's.
        await CreateAsync(organisationId, "C", "hidden@example.com", null);
        await CreateAsync(organisationId, "D", "hidden@example.com", null, Clearance.Confidential);
        await CreateAsync(organisationId, "E", "elsewhere@example.com", null);
        await CreateAsync(otherId, "F", "elsewhere@example.com", null);
        // Not counted: the second holder's entry is no longer active.
        await CreateAsync(organisationId, "G", "former@example.com", null);
        var former = await CreateAsync(organisationId, "H", "former@example.com", null);
        var ownerCaller = new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) };
        await using (var db = database.Context(ownerCaller))
        {
            await new ContactHub.Contacts.ContactPoints.ContactPointService(db, ownerCaller)
                .DeactivateAsync(former.Id, ContactHub.Contacts.ContactPoints.ContactPointKind.Email, former.Emails[0].Id, null, None);
        }

        await using var reader = database.Context(Reader(organisationId));
        var statistics = new ContactStatistics(reader, TimeProvider.System);
        var duplicates = await statistics.PossibleDuplicatesAsync(10, None);

        Assert.Equal(new PossibleDuplicates(new(1, AtLeast: false), new(1, AtLeast: false)), duplicates);
        await CreateAsync(organisationId, "I", "hidden@example.com", null);
        await CreateAsync(organisationId, "J", "elsewhere@example.com", null);
        Assert.Equal(new ContactHub.Contacts.Listing.ContactCount(2, AtLeast: true), (await statistics.PossibleDuplicatesAsync(2, None)).SharedEmails);
    }

    /// <summary>The migrated database's counted organisation and another one beside it.</summary>
    private static async Task<(Guid Counted, Guid Other)> TwoOrganisationsAsync(TestDatabase database)
    {
        await using var setup = database.Context();
        await setup.Database.MigrateAsync();
        var organisations = new OrganisationService(setup, TimeProvider.System);
        return ((await organisations.CreateAsync(new OrganisationRequest("Counted", "CH"), None)).Id,
            (await organisations.CreateAsync(new OrganisationRequest("Other", "CH"), None)).Id);
    }

    private static CallerContext Reader(Guid organisationId) =>
        new() { Current = Caller.System("tests").ForOrganisation(organisationId) with { Clearance = Clearance.Restricted } };

    /// <summary>Five visible contacts, one Confidential contact and another organisation's contact; returns the purpose decided on.</summary>
    private static async Task<(Guid Organisation, string Purpose)> SeedAsync(TestDatabase database)
    {
        var (organisationId, otherId) = await TwoOrganisationsAsync(database);
        var clock = new ManualClock();
        var caller = new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) };
        await using var db = database.Context(caller, clock);
        var contacts = new ContactService(db, caller, clock);
        var consents = new ConsentService(db, caller, clock);
        var text = await db.Set<ConsentText>().OrderBy(t => t.Id).FirstAsync();
        var purpose = await db.Set<ConsentPurpose>().Where(p => p.Id == text.PurposeId).Select(p => p.Key).SingleAsync();

        async Task<ContactView> CreateAtAsync(DateTimeOffset at, ContactRequest request)
        {
            clock.Now = at;
            return await contacts.CreateAsync(request, None);
        }

        Task DecideAsync(Guid contact, bool granted) =>
            consents.RecordAsync(contact, new ConsentEventRequest(purpose, null, granted, null, "checkbox", text.Id, null, null), None);

        // Before the twelve months shown; a person without a company link is Draft.
        await CreateAtAsync(new(2025, 5, 20, 0, 0, 0, TimeSpan.Zero), Person("Old", [Channel.Email]));
        var acme = await CreateAtAsync(new(2026, 1, 10, 0, 0, 0, TimeSpan.Zero), new ContactRequest
        {
            Kind = ContactKind.Company, CompanyName = "Acme", AccountReference = "AR-1", AllowedChannels = [Channel.Email, Channel.Letter], PreferredChannel = Channel.Email,
        });
        var anna = await CreateAtAsync(new(2026, 1, 20, 0, 0, 0, TimeSpan.Zero), Person("Linked", [Channel.Email, Channel.Phone, Channel.Sms]) with { Blocked = true, BlockedReason = "asked" });
        await new ContactLinkService(db, clock).ConnectAsync(anna.Id, acme.Id, null, None);
        var bert = await CreateAtAsync(new(2026, 3, 5, 0, 0, 0, TimeSpan.Zero), Person("Bounce", [Channel.Letter]) with
        {
            ValidUntil = new DateOnly(2026, 6, 14), Emails = [new EmailRequest("work", "bert@example.com")],
        });
        await consents.RecordBounceAsync(bert.Id, bert.Emails[0].Id, new BounceRequest(BounceStatus.Hard, null, "550"), None);
        // Valid through today: not invalid.
        await CreateAtAsync(new(2026, 6, 2, 0, 0, 0, TimeSpan.Zero), Person("Cleo", [Channel.Email]) with { ValidUntil = new DateOnly(2026, 6, 15) });
        clock.Now = new(2026, 6, 4, 0, 0, 0, TimeSpan.Zero);
        await DecideAsync(anna.Id, granted: true);
        clock.Now = new(2026, 6, 5, 0, 0, 0, TimeSpan.Zero);
        await DecideAsync(bert.Id, granted: false);

        // Above the reader's clearance: would change every figure.
        var secret = await CreateAtAsync(new(2026, 6, 3, 0, 0, 0, TimeSpan.Zero), new ContactRequest
        {
            Kind = ContactKind.Company, CompanyName = "Secret", AccountReference = "AR-2", Blocked = true, BlockedReason = "x", ValidUntil = new DateOnly(2026, 1, 1),
            Confidentiality = Clearance.Confidential, AllowedChannels = [Channel.Phone], PreferredChannel = Channel.Phone,
            Emails = [new EmailRequest("work", "secret@example.com")],
        });
        await consents.RecordBounceAsync(secret.Id, secret.Emails[0].Id, new BounceRequest(BounceStatus.Soft, null, null), None);
        clock.Now = new(2026, 6, 10, 0, 0, 0, TimeSpan.Zero);
        await DecideAsync(secret.Id, granted: true);

        var otherCaller = new CallerContext { Current = Caller.System("tests").ForOrganisation(otherId) };
        await using var other = database.Context(otherCaller, clock);
        await new ContactService(other, otherCaller, clock).CreateAsync(new ContactRequest
        {
            Kind = ContactKind.Company, CompanyName = "Elsewhere", AccountReference = "AR-3", Blocked = true, BlockedReason = "x",
            AllowedChannels = [Channel.Sms], PreferredChannel = Channel.Sms,
        }, None);
        return (organisationId, purpose);
    }

    private static ContactRequest Person(string lastName, IReadOnlyList<Channel> channels) =>
        new() { Kind = ContactKind.Person, FirstName = "First", LastName = lastName, AllowedChannels = channels, PreferredChannel = channels[0] };
}
