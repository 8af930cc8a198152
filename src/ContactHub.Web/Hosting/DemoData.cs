using ContactHub.Access;
using ContactHub.Consent;
using ContactHub.Contacts;
using ContactHub.Data;
using ContactHub.Organisations;
using ContactHub.SampleData;

namespace ContactHub.Web.Hosting;

/// <summary>
/// The demo organisation a new database starts with: an administrator and a few hundred realistic contacts, with their
/// channels and the consents the generator gives them, recorded as evidence like any other.
/// </summary>
public static class DemoData
{
    public const string AdminEmail = "admin@demo.contacthub.local";
    public const string DefaultAdminPassword = "Demo-Admin-2026!";

    public static async Task SeedAsync(IServiceProvider services, IConfiguration configuration, ILogger logger, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var caller = services.GetRequiredService<CallerContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        var organisation = await services.GetRequiredService<OrganisationService>()
            .CreateAsync(new OrganisationRequest("Demo AG", "CH"), ct);
        caller.Current = new Caller(organisation.Id, ActorKind.System, null, "demo data", "startup:demo", Clearance.Confidential);

        var password = configuration["ContactHub:Demo:AdminPassword"] is { Length: > 0 } configured ? configured : DefaultAdminPassword;
        var admin = new Operator(organisation.Id, AdminEmail, "Demo Administrator", OperatorRole.Administrator, Clearance.Confidential, clock.GetUtcNow().UtcDateTime);
        admin.SetPasswordHash(services.GetRequiredService<IOperatorPasswordHasher>().Hash(admin, password));
        db.Operators.Add(admin);
        await db.SaveChangesAsync(ct);

        var contacts = services.GetRequiredService<ContactService>();
        var consents = services.GetRequiredService<ConsentService>();
        var consentText = await DirectMarketingTextAsync(services, ct);
        var count = configuration.GetValue("ContactHub:Demo:Contacts", 200);
        var generator = new ContactGenerator();
        foreach (var (request, index) in generator.Generate(count).Select((r, i) => (r, i)))
        {
            var contact = await contacts.CreateAsync(WithSensitiveData(request, index), ct);
            foreach (var decision in generator.ConsentsOf(request.ReferenceCode!, request.Kind!.Value))
            {
                await consents.RecordAsync(contact.Id, new ConsentEventRequest(
                    decision.Purpose, null, decision.Granted, decision.OccurredAt, decision.Method, consentText, null, null), ct);
            }

            db.ChangeTracker.Clear();
        }

        await SeedNameDayRulesAsync(services, ct);

        logger.LogInformation(
            "Created the demo organisation with {Count} contacts. Back-office login: {Email} / {Password}",
            count, AdminEmail, password == DefaultAdminPassword ? DefaultAdminPassword : "(the configured ContactHub:Demo:AdminPassword)");
    }

    // The wording the demo's consents refer to: the English text every new organisation's direct-marketing purpose starts with.
    private static async Task<Guid> DirectMarketingTextAsync(IServiceProvider services, CancellationToken ct)
    {
        var purposes = await services.GetRequiredService<Definitions.ConsentDefinitionService>().PurposesAsync(ct);
        return purposes.Single(p => p.Key == ContactGenerator.DirectMarketing).Texts.MaxBy(t => t.Version)!.Id;
    }

    // Every 20th person shows the seed-002 fields: an accessibility need, and an ID document (sealed at rest, masked to non-administrators).
    private static ContactRequest WithSensitiveData(ContactRequest request, int index) =>
        request.Kind != ContactKind.Person || index % 20 != 0
            ? request
            : request with
            {
                AccessibilityNeeds = [index % 40 == 0 ? "wheelchair-space" : "row-end"],
                IdNumber = $"ID-{100_000 + (index * 7919 % 900_000)}",
                IdCountry = request.CountryOfResidence,
            };

    // A few name days (with variations) so the name-day run has something to assign in the demo.
    private static Task SeedNameDayRulesAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<NameDays.NameDayDefinitionService>().SetRulesAsync(
            new NameDays.NameDayRulesRequest(
            [
                new("01-02", ["Basil", "Basilius", "Gregor", "Gregory"]),
                new("03-19", ["Joseph", "Josef", "José", "Giuseppe", "Josephine"]),
                new("04-23", ["George", "Georg", "Jürg", "Jörg"]),
                new("06-29", ["Peter", "Pierre", "Pietro", "Paul", "Paolo"]),
                new("07-26", ["Anna", "Anne", "Anja", "Ana"]),
                new("08-10", ["Lorenz", "Laurent", "Lawrence", "Lorenzo"]),
                new("11-11", ["Martin", "Martina", "Martino"]),
                new("12-06", ["Nikolaus", "Nicolas", "Klaus", "Nicola"]),
            ]),
            ct);
}
