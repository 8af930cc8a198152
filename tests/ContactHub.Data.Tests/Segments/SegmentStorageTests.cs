using System.Data.Common;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContactHub.Access;
using ContactHub.Contacts;
using ContactHub.CustomFields;
using ContactHub.Segments;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Data.Tests.Segments;

/// <summary>
/// Segments on both engines (issue 22): OR of groups, AND inside one, include and exclude, static membership, the
/// caller's clearance, and the plan of a three-condition count (no full scan of the contacts where an index serves).
/// </summary>
public sealed class SegmentStorageTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Members_AreTheOrOfGroups_PlusIncludedLessExcluded_WithinTheCallersClearance(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        var (confidential, free) = (Operator(organisationId, Clearance.Confidential), Operator(organisationId, Clearance.Free));
        Dictionary<string, Guid> ids;
        Guid segmentId, staticId;
        await using (var db = database.Context(confidential))
        {
            var contacts = new ContactService(db, confidential, TimeProvider.System);
            ids = [];
            foreach (var request in new ContactRequest[]
            {
                new() { Kind = ContactKind.Person, LastName = "SwissMail", CountryOfResidence = "CH", Emails = [new EmailRequest("work", "a@example.com")] },
                new() { Kind = ContactKind.Person, LastName = "SwissNoMail", CountryOfResidence = "CH" },
                new() { Kind = ContactKind.Company, CompanyName = "German", CountryOfResidence = "DE" },
                new() { Kind = ContactKind.Person, LastName = "French", CountryOfResidence = "FR" },
                new() { Kind = ContactKind.Person, LastName = "Secret", CountryOfResidence = "DE", Confidentiality = Clearance.Confidential },
                new() { Kind = ContactKind.Person, LastName = "Excluded", CountryOfResidence = "DE" },
            })
            {
                var created = await contacts.CreateAsync(request, None);
                ids[request.LastName ?? request.CompanyName!] = created.Id;
            }

            var segments = Service(db, confidential);
            segmentId = (await segments.CreateAsync(new SegmentRequest(
                "Swiss with mail or German", Shared: true,
                Groups: [Group(("country", "CH"), ("hasEmail", "true")), Group(("country", "DE"))],
                Include: [ids["French"]], Exclude: [ids["Excluded"]]), None)).Id;
            staticId = (await segments.CreateAsync(new SegmentRequest("Hand-picked", Shared: true, Kind: SegmentKind.Static, Include: [ids["SwissNoMail"], ids["Secret"]]), None)).Id;
        }

        await using (var db = database.Context(confidential))
        {
            var segments = Service(db, confidential);
            Assert.Equal(Names(ids, "SwissMail", "German", "French", "Secret"), await MemberIdsAsync(segments, segmentId));
            Assert.Equal(4, await segments.CountAsync(segmentId, None));
            Assert.Equal(Names(ids, "SwissNoMail", "Secret"), await MemberIdsAsync(segments, staticId));

            await segments.RemoveMembersAsync(staticId, [ids["Secret"]], None);
            await segments.AddMembersAsync(staticId, [ids["French"]], None);
            Assert.Equal(Names(ids, "SwissNoMail", "French"), await MemberIdsAsync(segments, staticId));
        }

        await using (var db = database.Context(free))
        {
            var segments = Service(db, free);
            Assert.Equal(Names(ids, "SwissMail", "German", "French"), await MemberIdsAsync(segments, segmentId));
            Assert.Equal(3, await segments.CountAsync(segmentId, None));
            var page = await segments.ContactsAsync(segmentId, null, 2, None);
            var rest = await segments.ContactsAsync(segmentId, page.NextCursor, 2, None);
            Assert.Equal(Names(ids, "SwissMail", "German", "French"), page.Items.Concat(rest.Items).Select(c => c.Id));
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task CountOfThreeConditions_IsServedByIndexes_NotAFullScanOfTheContacts(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        var caller = Operator(organisationId, Clearance.Confidential);
        Guid segmentId;
        await using (var db = database.Context(caller))
        {
            await new CustomFieldDefinitionService(db, caller, TimeProvider.System).CreateAsync(new CustomFieldRequest { Key = "level", Name = "Level", Type = CustomFieldType.Text }, None);
            var contacts = new ContactService(db, caller, TimeProvider.System);
            for (var i = 0; i < 40; i++)
            {
                await contacts.CreateAsync(new ContactRequest
                {
                    Kind = i % 2 == 0 ? ContactKind.Person : ContactKind.Company,
                    LastName = i % 2 == 0 ? $"P{i}" : null,
                    CompanyName = i % 2 == 0 ? null : $"C{i}",
                    CustomFields = new Dictionary<string, JsonElement> { ["level"] = JsonSerializer.SerializeToElement(i % 10 == 0 ? "gold" : "silver") },
                }, None);
            }

            segmentId = (await Service(db, caller).CreateAsync(new SegmentRequest("Gold persons", Groups: [Group(("kind", "person"), ("blocked", "false"), ("custom.level", "gold"))]), None)).Id;
        }

        await using var read = database.Context(caller);
        var segments = Service(read, caller);
        Assert.Equal(4, await segments.CountAsync(segmentId, None));

        var members = await segments.MembersAsync(segmentId, None);
        var plan = await PlanAsync(read, database.Provider, members.GroupBy(c => 1).Select(g => g.Count()));

        Assert.Contains(plan, line => line.Contains("Contacts", StringComparison.Ordinal) || line.StartsWith("SEARCH c ", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => FullScanOfContacts(database.Provider, line));
    }

    // PostgreSQL: "Seq Scan on "Contacts" c"; SQLite: "SCAN c" (the table, or a whole index of it: "SCAN c USING INDEX …").
    private static bool FullScanOfContacts(DatabaseProvider provider, string line) => provider == DatabaseProvider.Postgres
        ? line.Contains("Seq Scan on \"Contacts\"", StringComparison.Ordinal)
        : Regex.IsMatch(line, @"^SCAN c(\s|$)");

    /// <summary>
    /// The engine's plan for the query. On PostgreSQL sequential scans are made as dear as possible first, so a
    /// sequential scan left in the plan means no index could serve (on a small table the planner would otherwise
    /// rightly prefer one anyway).
    /// </summary>
    private static async Task<List<string>> PlanAsync<T>(AppDbContext db, DatabaseProvider provider, IQueryable<T> query)
    {
        await db.Database.OpenConnectionAsync();
        if (provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
        }

        await using DbCommand command = query.CreateDbCommand();
        command.CommandText = (provider == DatabaseProvider.Postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + command.CommandText;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(provider == DatabaseProvider.Postgres ? reader.GetString(0) : reader.GetString(3));
        }

        return lines;
    }

    private static SegmentService Service(AppDbContext db, CallerContext caller) => new(db, caller, TimeProvider.System, ListFilterReader.Read);

    private static CallerContext Operator(Guid organisationId, Clearance clearance) =>
        new() { Current = new Caller(organisationId, ActorKind.Operator, Guid.CreateVersion7(), "Tess Tester", "tests", clearance) };

    private static Dictionary<string, string?> Group(params (string Name, string Value)[] filters) => filters.ToDictionary(f => f.Name, f => (string?)f.Value);

    private static IEnumerable<Guid> Names(Dictionary<string, Guid> ids, params string[] names) => names.Select(n => ids[n]);

    private static async Task<List<Guid>> MemberIdsAsync(SegmentService segments, Guid id) =>
        await (await segments.MembersAsync(id, None)).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(None);
}
