using ContactHub.Access;
using ContactHub.Consent;
using ContactHub.Consent.Reachability;
using ContactHub.Contacts;
using ContactHub.Organisations;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Data.Tests.Consent;

/// <summary>The varied contacts the batch tests decide: one per rule of the policy, in creation (= id) order.</summary>
public sealed partial class ReachabilityBatchTests
{
    private static async Task<(Guid OrganisationId, List<Guid> Ids)> SeedAsync(TestDatabase database)
    {
        await using (var setup = database.Context())
        {
            await setup.Database.MigrateAsync();
        }

        Guid organisationId;
        await using (var db = database.Context())
        {
            organisationId = (await new OrganisationService(db, TimeProvider.System).CreateAsync(new OrganisationRequest("Reachability test", "CH"), CancellationToken.None)).Id;
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        ContactRequest[] requests =
        [
            Person("Plain", "plain@example.com"),
            Person("Blocked", "blocked@example.com") with { Blocked = true, BlockedReason = "Asked not to be contacted." },
            Person("Expired", "expired@example.com") with { ValidUntil = today.AddDays(-10) },
            Person("NoEmail", null),
            Person("Bounced", "bounced@example.com"),
            Person("EmailWithdrawn", "withdrawn@example.com"),
            Person("AllWithdrawn", "all-withdrawn@example.com") with { Addresses = [] },
            Person("SmsOnly", "sms@example.com") with { AllowedChannels = [Channel.Sms, Channel.Letter], PreferredChannel = Channel.Sms },
            Person("Overridden", "override@example.com") with { AllowedChannels = [Channel.Letter], PreferredChannel = Channel.Letter, Phones = [] },
            Person("TwoEmails", "first@example.com") with { Emails = [new EmailRequest("work", "first@example.com"), new EmailRequest("private", "second@example.com")] },
            Person("Billing", "billing@example.com") with
            {
                PreferredChannel = Channel.Letter,
                Addresses = [new AddressRequest("home", "Home St 1", null, "8000", "Zürich", null, "CH"), new AddressRequest("billing", "Bill St 2", null, "3000", "Bern", null, "CH")],
            },
            new ContactRequest { Kind = ContactKind.Company, CompanyName = "Company AG", Phones = [new PhoneRequest("work", "044 123 45 67")] },
            // Two working e-mails and two addresses, each the later type first: they are taken by type ("private" < "work", "home" < "work").
            Person("TypeOrder", "work@example.com") with
            {
                Emails = [new EmailRequest("work", "work@example.com"), new EmailRequest("private", "private@example.com")],
                Addresses = [new AddressRequest("work", "Work St 3", null, "8000", "Zürich", null, "CH"), new AddressRequest("home", "Home St 4", null, "8400", "Winterthur", null, "CH")],
            },
        ];

        var ids = new List<Guid>();
        await using (var db = database.Context(organisationId))
        {
            var contacts = Contacts(db);
            foreach (var request in requests)
            {
                var created = await contacts.CreateAsync(request, CancellationToken.None);
                ids.Add(created.Id);
                if (request.LastName is "Bounced" or "TwoEmails")
                {
                    var consentService = new ConsentService(db, Caller(db, organisationId), TimeProvider.System);
                    await consentService.RecordBounceAsync(created.Id, created.Emails[0].Id, new BounceRequest(BounceStatus.Hard, null, "550 unknown user"), CancellationToken.None);
                }
            }

            var text = await db.Set<ConsentText>().Join(db.Set<ConsentPurpose>().Where(p => p.Key == "direct-marketing"), t => t.PurposeId, p => p.Id, (t, _) => t).FirstAsync();
            var consents = new ConsentService(db, Caller(db, organisationId), TimeProvider.System);
            async Task RecordAsync(int contact, Channel? channel, bool granted) =>
                await consents.RecordAsync(ids[contact], new ConsentEventRequest("direct-marketing", channel, granted, null, "checkbox", text.Id, null, null), CancellationToken.None);
            foreach (var contact in (int[])[0, 1, 2, 3, 4, 5, 9, 10])
            {
                await RecordAsync(contact, null, true);
            }

            await RecordAsync(5, Channel.Email, false);
            await RecordAsync(6, null, false);
            await RecordAsync(7, Channel.Sms, true);
            await new ReachabilityService(db, TimeProvider.System).OverrideAsync(
                ids[8], new OverrideRequest("newsletter", Channel.Email, "A legal notice must reach this person.", 30), CancellationToken.None);
        }

        return (organisationId, ids);
    }

    private static ContactRequest Person(string lastName, string? email) => new()
    {
        Kind = ContactKind.Person,
        LastName = lastName,
        Emails = email is null ? [] : [new EmailRequest("work", email)],
        Phones = [new PhoneRequest("mobile", "079 123 45 67")],
        Addresses = [new AddressRequest("home", "Main St 1", null, "8000", "Zürich", null, "CH")],
    };

    private static ContactService Contacts(AppDbContext db) => new(db, Caller(db, db.Caller.OrganisationId!.Value), TimeProvider.System);

    private static CallerContext Caller(AppDbContext db, Guid organisationId) => new() { Current = db.Caller with { OrganisationId = organisationId } };
}
