using ContactHub.Access;
using ContactHub.Consent;
using ContactHub.Consent.Reachability;
using ContactHub.Contacts;
using ContactHub.Organisations;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Data.Tests.Consent;

/// <summary>
/// The batch loads facts for a whole page by id range; deciding each contact alone loads them for one id. Both
/// must give the same decisions, and the range must not let in a contact the caller may not see.
/// </summary>
public sealed partial class ReachabilityBatchTests
{
    private static readonly Channel?[] Channels = [null, Channel.Email, Channel.Sms, Channel.Phone, Channel.Letter];

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Overrides_ListOnlyTheContactsOverridesInForce(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organisationId, ids) = await SeedAsync(database);
        var later = new ManualClock { Now = DateTimeOffset.UtcNow.AddDays(31) };

        await using var db = database.Context(organisationId);
        var overrides = await new ReachabilityService(db, TimeProvider.System).OverridesAsync(ids[8], CancellationToken.None);
        var none = await new ReachabilityService(db, TimeProvider.System).OverridesAsync(ids[0], CancellationToken.None);
        var expired = await new ReachabilityService(db, later).OverridesAsync(ids[8], CancellationToken.None);

        var entry = Assert.Single(overrides);
        Assert.Equal(("newsletter", Channel.Email, "A legal notice must reach this person."), (entry.NotificationType, entry.Channel, entry.Reason));
        Assert.Empty(none);
        Assert.Empty(expired);
        await Assert.ThrowsAsync<ContactHub.Common.NotFoundException>(() =>
            new ReachabilityService(db, TimeProvider.System).OverridesAsync(Guid.NewGuid(), CancellationToken.None));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task DecideBatch_GivesTheSameDecisionsAsDecidingEachContactAlone(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organisationId, ids) = await SeedAsync(database);

        await using var db = database.Context(organisationId);
        var service = new ReachabilityService(db, TimeProvider.System);
        var outcomes = new HashSet<ReachabilityOutcome>();
        var codes = new HashSet<ReasonCode>();
        foreach (var type in (string[])["newsletter", "invoice", "service-notice"])
        {
            foreach (var channel in Channels)
            {
                // Pages of 4 (range ends and cursor inside the set), one page of all, and the given ids.
                var paged = await AllPagesAsync(service, type, channel, 4);
                var whole = (await service.DecideBatchAsync(type, channel, null, null, ReachabilityService.MaxBatch, CancellationToken.None)).Decisions;
                var given = (await service.DecideBatchAsync(type, channel, ids, null, 1, CancellationToken.None)).Decisions;
                Assert.Equal(ids, paged.Select(d => d.ContactId));
                for (var i = 0; i < ids.Count; i++)
                {
                    var alone = await service.DecideAsync(ids[i], type, channel, CancellationToken.None);
                    AssertSame(alone, paged[i], $"{type}/{channel}, contact {i}, pages of 4");
                    AssertSame(alone, whole[i], $"{type}/{channel}, contact {i}, one page");
                    AssertSame(alone, given[i], $"{type}/{channel}, contact {i}, given ids");
                    outcomes.Add(alone.Outcome);
                    codes.UnionWith(alone.Reasons.Select(r => r.Code));
                }
            }
        }

        // The set is varied enough to mean something: every outcome and the reasons the contacts were made for.
        Assert.Equal([ReachabilityOutcome.Reachable, ReachabilityOutcome.Fallback, ReachabilityOutcome.NotReachable], outcomes.Order());
        Assert.Superset(
            new HashSet<ReasonCode>
            {
                ReasonCode.ContactBlocked, ReasonCode.ContactInvalid, ReasonCode.NoActiveEmail, ReasonCode.EmailHardBounced, ReasonCode.NoConsent,
                ReasonCode.ConsentWithdrawn, ReasonCode.ChannelNotAllowed, ReasonCode.NoMobilePhone, ReasonCode.NoPostalAddress, ReasonCode.Overridden,
            },
            codes);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task DecideBatch_AContactAboveTheCallersClearanceInsideTheRange_IsNotDecided(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organisationId, ids) = await SeedAsync(database);
        Guid secret;
        await using (var db = database.Context(organisationId))
        {
            secret = (await Contacts(db).CreateAsync(Person("Secret", "secret@example.com") with { Confidentiality = Clearance.Confidential }, CancellationToken.None)).Id;
        }

        // Ids are time-ordered: one more contact between the first and last of the set lies inside the page's range.
        await using (var db = database.Context(organisationId))
        {
            ids.Add((await Contacts(db).CreateAsync(Person("After", "after@example.com"), CancellationToken.None)).Id);
        }

        Assert.True(secret.CompareTo(ids[0]) > 0 && secret.CompareTo(ids[^1]) < 0);
        var restricted = new CallerContext { Current = Access.Caller.System("tests").ForOrganisation(organisationId) with { Clearance = Clearance.Restricted } };
        await using (var db = database.Context(restricted))
        {
            var service = new ReachabilityService(db, TimeProvider.System);
            var batch = await service.DecideBatchAsync("invoice", Channel.Email, null, null, ReachabilityService.MaxBatch, CancellationToken.None);
            var given = await service.DecideBatchAsync("invoice", Channel.Email, [.. ids, secret], null, 1, CancellationToken.None);

            Assert.Equal(ids, batch.Decisions.Select(d => d.ContactId));
            Assert.Equal(ids, given.Decisions.Select(d => d.ContactId));
            Assert.DoesNotContain(batch.Decisions.Concat(given.Decisions), d => d.Address == "secret@example.com");
            Assert.Equal("after@example.com", batch.Decisions[^1].Address);
        }

        // With clearance the same page decides it: the test above would see a leak.
        await using (var db = database.Context(organisationId))
        {
            var batch = await new ReachabilityService(db, TimeProvider.System).DecideBatchAsync("invoice", Channel.Email, null, null, ReachabilityService.MaxBatch, CancellationToken.None);
            Assert.Contains(batch.Decisions, d => d.ContactId == secret && d.Address == "secret@example.com");
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task DecideBatch_TakesEmailsAndAddressesByTypeAndForAFinancialTypeTheBillingAddress(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (organisationId, _) = await SeedAsync(database);
        await using var db = database.Context(organisationId);
        var service = new ReachabilityService(db, TimeProvider.System);

        async Task<string?> AddressAsync(string type, Channel channel, int contact) =>
            (await service.DecideBatchAsync(type, channel, null, null, ReachabilityService.MaxBatch, CancellationToken.None)).Decisions[contact].Address;

        Assert.Equal("private@example.com", await AddressAsync("invoice", Channel.Email, 12));
        Assert.Equal("second@example.com", await AddressAsync("invoice", Channel.Email, 9));
        Assert.Equal("Bill St 2, 3000 Bern, CH", await AddressAsync("invoice", Channel.Letter, 10));
        Assert.Equal("Home St 4, 8400 Winterthur, CH", await AddressAsync("invoice", Channel.Letter, 12));
    }

    private static void AssertSame(ReachabilityDecision expected, ReachabilityDecision actual, string because)
    {
        Assert.True(expected.ContactId == actual.ContactId, because);
        Assert.True(expected.Outcome == actual.Outcome, $"{because}: {expected.Outcome} alone, {actual.Outcome} in the batch");
        Assert.True(expected.Channel == actual.Channel, because);
        Assert.True(expected.Address == actual.Address, $"{because}: {expected.Address} alone, {actual.Address} in the batch");
        Assert.True(expected.Reasons.SequenceEqual(actual.Reasons), $"{because}: [{string.Join("; ", expected.Reasons)}] alone, [{string.Join("; ", actual.Reasons)}] in the batch");
    }

    private static async Task<List<ReachabilityDecision>> AllPagesAsync(ReachabilityService service, string type, Channel? channel, int limit)
    {
        var decisions = new List<ReachabilityDecision>();
        string? cursor = null;
        do
        {
            var page = await service.DecideBatchAsync(type, channel, null, cursor, limit, CancellationToken.None);
            decisions.AddRange(page.Decisions);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return decisions;
    }
}
