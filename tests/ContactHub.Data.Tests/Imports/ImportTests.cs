using System.Text.Json;
using System.Text.Json.Nodes;
using ContactHub.Access;
using ContactHub.Audit;
using ContactHub.Contacts;
using ContactHub.Contacts.ContactPoints.Phones;
using ContactHub.Imports;
using ContactHub.SampleData;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Data.Tests.Imports;

/// <summary>The bulk import, on both engines: the same contacts and audit entries as the API path, row errors, tenancy.</summary>
public sealed class ImportTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ImportedContacts_EqualThoseContactServiceCreates(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var viaService = await database.MigrateWithOrganisationAsync();
        var viaImport = await database.MigrateWithOrganisationAsync();
        var requests = new ContactGenerator(seed: 7).Generate(40).ToList();
        foreach (var request in requests)
        {
            await using var db = database.Context(viaService);
            await new ContactService(db, CallerOf(db), TimeProvider.System).CreateAsync(request, CancellationToken.None);
        }

        var result = await ImportAsync(database, viaImport, requests, batchSize: 7);

        Assert.Equal((40, 40, 0), (result.Rows, result.Imported, result.Rejected));
        Assert.Equal(await ViewsAsync(database, viaService), await ViewsAsync(database, viaImport));
        Assert.Equal(await AuditAsync(database, viaService), await AuditAsync(database, viaImport));
        await using var check = database.Context(viaImport);
        Assert.All(await check.AuditEntries.ToListAsync(), a => Assert.Equal(result.Source, a.Source));
        Assert.Contains(await check.ContactPhones.Select(p => p.E164).ToListAsync(), e => e.StartsWith('+'));
        // The line type is a column of the model, so the bulk writer writes it as EF would; the database's default
        // for rows stored before it is Unknown.
        var lineTypes = await check.ContactPhones.Select(p => p.LineType).Distinct().ToListAsync();
        Assert.Contains(PhoneLineType.Mobile, lineTypes);
        Assert.Contains(PhoneLineType.FixedLine, lineTypes);
        Assert.DoesNotContain(PhoneLineType.Unknown, lineTypes);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task InvalidRows_AreReportedWithRowAndField_AndNotWritten(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        ContactRequest?[] rows =
        [
            new() { Kind = ContactKind.Person, LastName = "Valid", Phones = [new PhoneRequest("mobile", "079 123 45 67")] },
            new() { LastName = "No kind" },
            new() { Kind = ContactKind.Person, LastName = "Broken", Emails = [new EmailRequest("work", "not-an-address")], Phones = [new PhoneRequest("work", "12")] },
            null,
            new() { Kind = ContactKind.Company, CompanyName = "Valid AG", Categories = ["VIP"] },
        ];

        var result = await ImportAsync(database, organisationId, rows, batchSize: 2);

        Assert.Equal((5, 2, 3), (result.Rows, result.Imported, result.Rejected));
        Assert.Equal([2, 3, 4], result.Errors.Select(e => e.Row));
        Assert.Contains("kind", result.Errors[0].Errors.Keys);
        Assert.Equal(["emails[0].address", "phones[0].number"], result.Errors[1].Errors.Keys.Order(StringComparer.Ordinal));
        await using var check = database.Context(organisationId);
        Assert.Equal(["Valid", "Valid AG"], (await check.Contacts.ToListAsync()).Select(c => c.DisplayName).Order(StringComparer.Ordinal));
        Assert.Equal("+41791234567", await check.ContactPhones.Select(p => p.E164).SingleAsync());
        // One "created" entry per written entity: 2 contacts, 1 phone, 1 category.
        Assert.Equal(4, await check.AuditEntries.CountAsync(a => a.Action == AuditAction.Created));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ImportedRows_BelongToTheCallersOrganisationOnly(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var mine = await database.MigrateWithOrganisationAsync();
        var theirs = await database.MigrateWithOrganisationAsync();

        var result = await ImportAsync(database, mine, new ContactGenerator(seed: 3).Generate(25), batchSize: 10);

        await using var asMine = database.Context(mine);
        Assert.Equal(result.Imported, await asMine.Contacts.CountAsync());
        Assert.True(await asMine.AuditEntries.CountAsync() > result.Imported);
        await using var asTheirs = database.Context(theirs);
        Assert.Equal(0, await asTheirs.Contacts.CountAsync());
        Assert.Equal(0, await asTheirs.ContactEmails.CountAsync());
        Assert.Equal(0, await asTheirs.AuditEntries.CountAsync());
        await using var asNobody = database.Context();
        await Assert.ThrowsAsync<InvalidOperationException>(() => NewImporter(asNobody).ImportAsync([new ContactRequest()], CancellationToken.None));
    }

    private static async Task<ImportResult> ImportAsync(TestDatabase database, Guid organisationId, IEnumerable<ContactRequest?> rows, int batchSize)
    {
        await using var db = database.Context(organisationId);
        return await NewImporter(db).ImportAsync(rows, CancellationToken.None, batchSize);
    }

    private static ContactImporter NewImporter(AppDbContext db) => new(db, CallerOf(db), TimeProvider.System, new DefinitionUniquenessCheck(db));

    private static CallerContext CallerOf(AppDbContext db) => new() { Current = db.Caller };

    /// <summary>Every contact as the API shows it, without ids and times, ordered by reference code.</summary>
    private static async Task<List<string>> ViewsAsync(TestDatabase database, Guid organisationId)
    {
        await using var db = database.Context(organisationId);
        var ids = await db.Contacts.OrderBy(c => c.ReferenceCode).Select(c => c.Id).ToListAsync();
        var views = new List<string>();
        foreach (var id in ids)
        {
            views.Add(Canonical(JsonSerializer.SerializeToNode(await db.ViewAsync(id, CancellationToken.None), Json)));
        }

        return views;
    }

    /// <summary>The audit entries per contact (by reference code): entity type, action and changes.</summary>
    private static async Task<List<string>> AuditAsync(TestDatabase database, Guid organisationId)
    {
        await using var db = database.Context(organisationId);
        var references = await db.Contacts.ToDictionaryAsync(c => c.Id, c => c.ReferenceCode);
        var entries = await db.AuditEntries.ToListAsync();
        return [.. entries.Select(a => $"{references[a.ContactId!.Value]} {a.EntityType} {a.Action} {a.ActorName} {a.Changes}").Order(StringComparer.Ordinal)];
    }

    private static string Canonical(JsonNode? node) => node switch
    {
        JsonObject o => "{" + string.Join(",", o.Where(p => p.Key is not ("id" or "createdAt" or "updatedAt")).Select(p => $"{p.Key}:{Canonical(p.Value)}")) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical).Order(StringComparer.Ordinal)) + "]",
        null => "null",
        _ => node.ToJsonString(),
    };
}
