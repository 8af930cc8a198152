using ContactHub.Access;
using ContactHub.Consent;
using ContactHub.Consent.Reachability;
using ContactHub.Contacts;
using ContactHub.Contacts.ContactPoints.Phones;
using ContactHub.Organisations;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Data.Tests;

/// <summary>The line type libphonenumber reads from a number: stored, and what SMS reachability asks.</summary>
public sealed class PhoneLineTypeStorageTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task DecideBatch_ForSms_TakesTheNumberThatIsAMobile_NotTheOneLabelledSo(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await OrganisationAsync(database);
        ContactRequest[] requests =
        [
            Person("LandlineLabelledMobile", ("mobile", "044 668 18 00")),
            Person("MobileLabelledWork", ("work", "079 123 45 67")),
            Person("American", ("home", "+1 212 555 0123")),
            Person("Both", ("mobile", "044 668 18 00"), ("work", "079 765 43 21")),
            Person("TollFree", ("mobile", "0800 123 456")),
        ];
        var ids = await CreateAsync(database, organisationId, requests);

        await using var db = database.Context(organisationId);
        var service = new ReachabilityService(db, TimeProvider.System);
        var sms = (await service.DecideBatchAsync("service-notice", Channel.Sms, ids, null, ids.Count, CancellationToken.None)).Decisions;
        var phone = (await service.DecideBatchAsync("service-notice", Channel.Phone, ids, null, ids.Count, CancellationToken.None)).Decisions;

        Assert.Equal([null, "+41791234567", "+12125550123", "+41797654321", null], sms.Select(d => d.Channel == Channel.Sms ? d.Address : null));
        Assert.Contains(sms[0].Reasons, r => r.Code == ReasonCode.NoMobilePhone);
        Assert.Contains(sms[4].Reasons, r => r.Code == ReasonCode.NoMobilePhone);
        // A call goes to the fixed line first, as it went to the phone not labelled mobile before.
        Assert.Equal(["+41446681800", "+41791234567", "+12125550123", "+41446681800", "+41800123456"], phone.Select(d => d.Address));
    }

    // A number the plans could not classify (stored before line types, and no longer valid) keeps what its label said.
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task DecideBatch_ForSms_AnUnclassifiedNumber_FallsBackToItsLabel(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await OrganisationAsync(database);
        var ids = await CreateAsync(database, organisationId, [Person("LabelledMobile", ("mobile", "044 668 18 00")), Person("LabelledWork", ("work", "079 123 45 67"))]);
        await using var db = database.Context(organisationId);
        await db.ContactPhones.ExecuteUpdateAsync(p => p.SetProperty(x => x.LineType, PhoneLineType.Unknown));

        var sms = (await new ReachabilityService(db, TimeProvider.System).DecideBatchAsync("service-notice", Channel.Sms, ids, null, ids.Count, CancellationToken.None)).Decisions;

        Assert.Equal(["+41446681800", null], sms.Select(d => d.Channel == Channel.Sms ? d.Address : null));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Create_StoresTheExtensionUpToLibphonenumbersLength(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await OrganisationAsync(database);
        var ids = await CreateAsync(database, organisationId, [Person("Extension", ("work", "044 668 18 00 ext. 12345678901234567890"))]);

        await using var db = database.Context(organisationId);
        var stored = await db.ContactPhones.SingleAsync(p => p.ContactId == ids[0]);
        Assert.Equal(("+41446681800", "12345678901234567890", PhoneLineType.FixedLine), (stored.E164, stored.Extension, stored.LineType));
    }

    private static async Task<Guid> OrganisationAsync(TestDatabase database)
    {
        await using var db = database.Context();
        await db.Database.MigrateAsync();
        return (await new OrganisationService(db, TimeProvider.System).CreateAsync(new OrganisationRequest("Line types", "CH"), CancellationToken.None)).Id;
    }

    private static async Task<List<Guid>> CreateAsync(TestDatabase database, Guid organisationId, IEnumerable<ContactRequest> requests)
    {
        await using var db = database.Context(organisationId);
        var service = new ContactService(db, new CallerContext { Current = db.Caller }, TimeProvider.System);
        var ids = new List<Guid>();
        foreach (var request in requests)
        {
            ids.Add((await service.CreateAsync(request, CancellationToken.None)).Id);
        }

        return ids;
    }

    private static ContactRequest Person(string lastName, params (string Type, string Number)[] phones) => new()
    {
        Kind = ContactKind.Person,
        LastName = lastName,
        Phones = [.. phones.Select(p => new PhoneRequest(p.Type, p.Number))],
    };
}
