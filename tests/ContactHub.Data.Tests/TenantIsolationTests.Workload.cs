using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContactHub.Access;
using ContactHub.Consent;
using ContactHub.Consent.Reachability;
using ContactHub.Contacts;
using ContactHub.Contacts.Statistics;
using ContactHub.Contacts.ContactPoints;
using ContactHub.Criteria;
using ContactHub.Interactions;
using ContactHub.CustomFields;
using ContactHub.Definitions;
using ContactHub.Definitions.Lists;
using ContactHub.Idempotency;
using ContactHub.NameDays;
using ContactHub.Organisations;
using ContactHub.Runs;
using ContactHub.Segments;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Data.Tests;

/// <summary>
/// The workload every organisation of these tests gets: what an organisation does in its first days, through the same
/// Core services the API and the back office call, so that every organisation-owned table has rows. A new
/// organisation-owned type makes <see cref="Read_EveryOrganisationOwnedType_ShowsOnlyTheCallersRows"/> fail until it is
/// seeded here.
/// </summary>
public sealed partial class TenantIsolationTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static async Task MigrateAsync(TestDatabase database)
    {
        await using var db = database.Context();
        await db.Database.MigrateAsync();
    }

    /// <summary>
    /// An organisation as the system API creates one: with its contact definition, the two marketing purposes and their
    /// texts, and four notification types (<c>ConsentDefaults</c>).
    /// </summary>
    private static async Task<Guid> CreateOrganisationAsync(TestDatabase database, string name)
    {
        await using var db = database.Context();
        return (await new OrganisationService(db, TimeProvider.System).CreateAsync(new OrganisationRequest(name, "CH"), None)).Id;
    }

    private static async Task SeedWorkloadAsync(TestDatabase database, Guid organisationId)
    {
        // The definition: a managed list changed (list entries), a uniqueness rule (unique keys), a custom field, a
        // consent purpose granted by default with its text (default consent events and states of new contacts), a
        // notification type for it, and a name-day rule.
        await AsOrganisationAsync(database, organisationId, s => s.Lists.ReplaceAsync(DefinitionList.Categories,
            new ListRequest([new("Customer", null, null), new("VIP", null, null), new("Member", "Member", null)]), None));
        await AsOrganisationAsync(database, organisationId, s => s.Uniqueness.SetAsync(
            new UniquenessRequest([["referenceCode"]], [["companyName"]]), None));
        await AsOrganisationAsync(database, organisationId, s => s.CustomFields.CreateAsync(new CustomFieldRequest
        {
            Key = "membershipLevel",
            Name = "Membership level",
            Type = CustomFieldType.Text,
            AppliesTo = CustomFieldTarget.Persons,
        }, None));
        await AsOrganisationAsync(database, organisationId, s => s.Criteria.CreateAsync(new CriterionRequest
        {
            Key = "sector-interest",
            Name = "Sector of interest",
            Multiple = true,
            Choices = [new("energy", "Energy"), new("law", "Law")],
        }, None));
        await AsOrganisationAsync(database, organisationId, s => s.ConsentDefinition.CreatePurposeAsync(new ConsentPurposeRequest(
            "events", "Event invitations", ConsentPurposeKind.Other, [], true, new ConsentTextRequest("en", "I would like invitations to your events.")), None));
        await AsOrganisationAsync(database, organisationId, s => s.ConsentDefinition.CreateNotificationTypeAsync(
            new NotificationTypeRequest("event-invitation", "Event invitation", PurposeClass.Marketing, "events"), None));
        await AsOrganisationAsync(database, organisationId, s => s.NameDays.SetRulesAsync(
            new NameDayRulesRequest([new NameDayRuleRequest("07-26", ["Anna"]), new NameDayRuleRequest("12-06", ["Nikolaus"])]), None));
        await AsOrganisationAsync(database, organisationId, s => s.Operators.CreateAsync(
            new OperatorRequest("editor@example.org", "Eda Editor", OperatorRole.Operator, Clearance.Confidential, "correct horse battery staple"), None));

        // Contacts with their parts.
        var company = await AsOrganisationAsync(database, organisationId, s => s.Contacts.CreateAsync(new ContactRequest
        {
            Kind = ContactKind.Company,
            CompanyName = "Muster AG",
            ReferenceCode = "C-1",
            Categories = ["Customer"],
            Emails = [new EmailRequest("work", "info@muster.example")],
            Phones = [new PhoneRequest("work", "+41 44 668 18 00")],
            Addresses = [new AddressRequest("work", "Bahnhofstrasse 1", null, "8001", "Zürich", null, "CH")],
        }, None));
        var anna = await AsOrganisationAsync(database, organisationId, s => s.Contacts.CreateAsync(new ContactRequest
        {
            Kind = ContactKind.Person,
            FirstName = "Anna",
            LastName = "Muster",
            ReferenceCode = "P-1",
            Confidentiality = Clearance.Confidential,
            Categories = ["VIP", "Member"],
            AccessibilityNeeds = ["step-free"],
            CustomFields = new Dictionary<string, JsonElement> { ["membershipLevel"] = JsonSerializer.SerializeToElement("gold") },
            Criteria = new Dictionary<string, IReadOnlyList<string>?> { ["sector-interest"] = ["energy", "law"] },
            Emails = [new EmailRequest("work", "anna.muster@muster.example")],
            Phones = [new PhoneRequest("mobile", "079 123 45 67")],
            Addresses = [new AddressRequest("home", "Seeweg 5", null, "8002", "Zürich", null, "CH")],
        }, None));
        var ben = await AsOrganisationAsync(database, organisationId, s => s.Contacts.CreateAsync(new ContactRequest
        {
            Kind = ContactKind.Person,
            FirstName = "Ben",
            LastName = "Beispiel",
            ReferenceCode = "P-2",
        }, None));
        await AsOrganisationAsync(database, organisationId, s => s.ContactPoints.AddAsync(anna.Id, new EmailRequest("private", "anna@example.net"), null, None));
        await AsOrganisationAsync(database, organisationId, s => s.Links.AddRelationAsync(anna.Id, ben.Id, "colleague", None));
        await AsOrganisationAsync(database, organisationId, s => s.Links.ConnectAsync(anna.Id, company.Id, "Head of sales", None));
        await AsOrganisationAsync(database, organisationId, s => s.Interactions.CreateAsync(new InteractionRequest
        {
            ContactIds = [anna.Id, company.Id],
            Type = InteractionType.Meeting,
            Direction = InteractionDirection.Out,
            Subject = "Kick-off",
            OccurredAt = DateTimeOffset.UtcNow,
        }, None));
        await AsOrganisationAsync(database, organisationId, s => s.Links.SetPhotoAsync(anna.Id, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0], None));

        // Consent evidence, and an override of it.
        await AsOrganisationAsync(database, organisationId, async s =>
        {
            var purposes = await s.ConsentDefinition.PurposesAsync(None);
            var text = purposes.Single(p => p.Key == "direct-marketing").Texts[0];
            return await s.Consents.RecordAsync(anna.Id, new ConsentEventRequest(
                "direct-marketing", Channel.Email, true, null, "double opt-in confirmed", text.Id, "192.0.2.10", "tests"), None);
        });
        await AsOrganisationAsync(database, organisationId, s => s.Reachability.OverrideAsync(
            ben.Id, new OverrideRequest("newsletter", Channel.Email, "Asked at the fair for the newsletter", 30), None));

        // A segment of persons with a contact named by hand.
        await AsOrganisationAsync(database, organisationId, s => s.Segments.CreateAsync(new SegmentRequest(
            "Persons", Groups: [new Dictionary<string, string?> { ["kind"] = "person" }], Include: [company.Id], Exclude: [ben.Id]), None));

        // Background work, and a replayable response (the idempotency middleware is the web host's, so its row is written as it writes it).
        await AsOrganisationAsync(database, organisationId, s => s.Runs.QueueAsync(NameDayRun.KindKey, NameDayRun.ParametersFor("all"), None));
        await AsOrganisationAsync(database, organisationId, s => s.Statistics.ComputeAsync(None));
        await AsOrganisationAsync(database, organisationId, async s =>
        {
            var record = new IdempotencyRecord(organisationId, Guid.CreateVersion7(), "create-anna", Convert.ToHexString(SHA256.HashData("POST /api/v1/contacts"u8)), DateTime.UtcNow);
            record.Complete(201, $"/api/v1/contacts/{anna.Id}", "application/json", Encoding.UTF8.GetBytes($"{{\"id\":\"{anna.Id}\"}}"));
            s.Db.Add(record);
            return await s.Db.SaveChangesAsync(None);
        });
    }

    /// <summary>One unit of work acting for <paramref name="organisationId"/>, like one request: its own context and caller.</summary>
    private static async Task<T> AsOrganisationAsync<T>(TestDatabase database, Guid organisationId, Func<OrganisationScope, Task<T>> work)
    {
        var caller = new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) };
        await using var db = database.Context(caller);
        return await work(new OrganisationScope(db, caller));
    }

    /// <summary>The Core services of one unit of work, built as the app's DI builds them.</summary>
    private sealed class OrganisationScope(AppDbContext db, CallerContext caller)
    {
        private static readonly TimeProvider Clock = TimeProvider.System;

        public AppDbContext Db => db;

        public ContactService Contacts => new(db, caller, Clock);

        public ContactPointService ContactPoints => new(db, caller);

        public ContactLinkService Links => new(db, Clock);

        public ConsentService Consents => new(db, caller, Clock);

        public ConsentDefinitionService ConsentDefinition => new(db, caller, Consents, Clock);

        public ReachabilityService Reachability => new(db, Clock);

        public ListDefinitionService Lists => new(db);

        public UniquenessDefinitionService Uniqueness => new(db, caller);

        public CustomFieldDefinitionService CustomFields => new(db, caller, Clock);

        public CriterionService Criteria => new(db, caller, Clock);

        public InteractionService Interactions => new(db, caller, Clock);

        public NameDayDefinitionService NameDays => new(db, caller, Clock);

        public OperatorService Operators => new(db, caller, new Sha256PasswordHasher(), Clock);

        public RunService Runs => new(db, caller, Clock, [new NameDayRun(db, NameDays)], new NoTrigger());

        public SegmentService Segments => new(db, caller, Clock, ListFilterReader.Read);

        public StatisticsSnapshots Statistics => new(db, caller, new ContactStatistics(db, Clock), Clock);
    }

    /// <summary>The web host hashes with ASP.NET Core's PasswordHasher; the core only needs some hash.</summary>
    private sealed class Sha256PasswordHasher : IOperatorPasswordHasher
    {
        public string Hash(Operator account, string password) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password)));

        public bool Verify(Operator account, string password) => Hash(account, password) == account.PasswordHash;
    }

    /// <summary>The run stays queued: these tests need its row, not its work.</summary>
    private sealed class NoTrigger : IRunTrigger
    {
        public Task TriggerAsync(Guid organisationId, Guid runId, CancellationToken ct) => Task.CompletedTask;
    }
}
