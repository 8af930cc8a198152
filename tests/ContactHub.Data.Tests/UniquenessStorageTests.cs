using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Contacts.Uniqueness;
using ContactHub.Definitions;
using ContactHub.Imports;
using ContactHub.Organisations;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Data.Tests;

/// <summary>Uniqueness holds in the database, not only in a read-then-write check, on both engines.</summary>
public sealed class UniquenessStorageTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ConcurrentDuplicates_OnlyOneIsStored(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await SetUpAsync(database);

        var attempts = Enumerable.Range(0, 4).Select(async i =>
        {
            await using var db = database.Context(organisationId);
            try
            {
                await Service(db).CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Twin", IdNumber = "42", FirstName = $"No {i}" }, CancellationToken.None);
                return true;
            }
            catch (ConflictException)
            {
                return false;
            }
            catch (DbUpdateException e) when (Database.IsUniqueViolation(e))
            {
                return false;
            }
        });

        var results = await Task.WhenAll(attempts);
        Assert.Equal(1, results.Count(r => r));
        await using var check = database.Context(organisationId);
        Assert.Equal(1, await check.Contacts.CountAsync());
    }

    // The import remembers only the keys of batches not yet written; a written batch's keys are found among the stored
    // ones. With batches of two, the repeats below are two, seven and zero batches after their first row.
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ImportRepeats_AreRefused_WhetherTheirFirstRowIsWrittenOrNot(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await SetUpAsync(database);
        var rows = Enumerable.Range(0, 20).Select(i => new ContactRequest { Kind = ContactKind.Person, LastName = "Twin", IdNumber = $"ID-{i}" }).ToList();
        rows[5] = rows[0] with { FirstName = "Again" };
        rows[16] = rows[1] with { FirstName = "Once more" };
        rows[9] = rows[8] with { FirstName = "Same batch" };

        await using var db = database.Context(organisationId);
        var result = await new ContactImporter(db, new CallerContext { Current = db.Caller }, TimeProvider.System, new DefinitionUniquenessCheck(db))
            .ImportAsync(rows, CancellationToken.None, batchSize: 2);

        Assert.Equal((20, 17, 3), (result.Rows, result.Imported, result.Rejected));
        Assert.Equal([6, 10, 17], result.Errors.Select(e => e.Row));
        Assert.All(result.Errors, e => Assert.Equal(["uniqueness"], e.Errors.Keys));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SameKeyForTwoContacts_IsRefusedByTheDatabase(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await SetUpAsync(database);
        await using var db = database.Context(organisationId);
        var first = await Service(db).CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "A", IdNumber = "1" }, CancellationToken.None);
        var second = await Service(db).CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "B", IdNumber = "1" }, CancellationToken.None);
        var key = await db.Set<ContactUniqueKey>().AsNoTracking().FirstAsync(k => k.ContactId == first.Id);

        // Straight to the table, past every check in code: the database itself refuses the second owner of a key.
        await using var raw = database.Context(organisationId);
        raw.Add(new ContactUniqueKey(organisationId, key.Rule, key.Value, second.Id));
        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => raw.SaveChangesAsync());
        Assert.True(Database.IsUniqueViolation(failure));
    }

    private static ContactService Service(AppDbContext db) =>
        new(db, new CallerContext { Current = db.Caller }, TimeProvider.System);

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task StoredKeys_AreKeyedPerOrganisation_NotAPlainHashOfTheNumber(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = await SetUpAsync(database);
        var second = await SetUpAsync(database, migrate: false);
        var values = new List<string>();
        foreach (var organisationId in new[] { first, second })
        {
            await using var db = database.Context(organisationId);
            var created = await Service(db).CreateAsync(new ContactRequest { Kind = ContactKind.Person, LastName = "Same", IdNumber = "756" }, CancellationToken.None);
            values.Add((await db.Set<ContactUniqueKey>().AsNoTracking().SingleAsync(k => k.ContactId == created.Id)).Value);
        }

        // The plain SHA-256 of the normalised group ("756", "same") would let anyone with the table test every number.
        foreach (var combination in new[] { "756\u001fsame\u001f"u8.ToArray(), "same\u001f756\u001f"u8.ToArray() })
        {
            Assert.DoesNotContain(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(combination)), values);
        }

        Assert.NotEqual(values[0], values[1]);
    }

    private static async Task<Guid> SetUpAsync(TestDatabase database, bool migrate = true)
    {
        if (migrate)
        {
            await using var setup = database.Context();
            await setup.Database.MigrateAsync();
        }

        Guid organisationId;
        await using (var db = database.Context())
        {
            organisationId = (await new OrganisationService(db, TimeProvider.System).CreateAsync(new OrganisationRequest("Unique", "CH"), CancellationToken.None)).Id;
        }

        await using (var db = database.Context(organisationId))
        {
            var caller = new CallerContext { Current = db.Caller };
            await new UniquenessDefinitionService(db, caller).SetAsync(
                new UniquenessRequest([["lastName", "idNumber"]], []), CancellationToken.None);
        }

        return organisationId;
    }
}
