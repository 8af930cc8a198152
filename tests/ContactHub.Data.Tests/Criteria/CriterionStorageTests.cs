using ContactHub.Access;
using ContactHub.Contacts;
using ContactHub.Contacts.Listing;
using ContactHub.Criteria;

namespace ContactHub.Data.Tests.Criteria;

/// <summary>Criterion values are rows of their own: the list filter joins them, the import writes them, both on both engines.</summary>
public sealed class CriterionStorageTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Filter_FindsHoldersOfAChoice_ChangesReplaceRows_AndTheImportWritesThem(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        var caller = new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) };
        Guid anna;
        await using (var db = database.Context(organisationId))
        {
            await new CriterionService(db, caller, TimeProvider.System).CreateAsync(new CriterionRequest
            {
                Key = "sector-interest", Name = "Sector of interest", Multiple = true, Choices = [new("energy", "Energy"), new("law", "Law"), new("culture", "Culture")],
            }, CancellationToken.None);
            var contacts = new ContactService(db, caller, TimeProvider.System);
            anna = (await contacts.CreateAsync(Person("Anna", "energy", "law"), CancellationToken.None)).Id;
            await contacts.CreateAsync(Person("Ben", "law"), CancellationToken.None);
        }

        await using (var db = database.Context(organisationId))
        {
            var changed = await new ContactService(db, caller, TimeProvider.System).UpdateAsync(
                anna, new ContactRequest { Criteria = new Dictionary<string, IReadOnlyList<string>?> { ["sector-interest"] = ["culture", "law"] } },
                new HashSet<string> { "criteria" }, 1, CancellationToken.None);
            Assert.Equal(["law", "culture"], changed.Criteria["sector-interest"]);
            var importer = new ContactHub.Imports.ContactImporter(db, caller, TimeProvider.System, new ContactHub.Imports.DefinitionUniquenessCheck(db));
            var result = await importer.ImportAsync([Person("Imported", "energy"), Person("Refused", "unknown")], CancellationToken.None);
            Assert.Equal(1, result.Imported);
        }

        await using var read = database.Context(organisationId);
        var service = new ContactListService(read, TimeProvider.System);
        Assert.Equal(["Imported"], await NamesAsync(service, new CriterionFilter("sector-interest", "energy")));
        Assert.Equal(["Anna", "Ben"], await NamesAsync(service, new CriterionFilter("sector-interest", "law")));
        Assert.Equal(["Anna"], await NamesAsync(service, new CriterionFilter("sector-interest", "law"), new CriterionFilter("sector-interest", "culture")));
    }

    private static ContactRequest Person(string lastName, params string[] choices) => new()
    {
        Kind = ContactKind.Person,
        LastName = lastName,
        Criteria = new Dictionary<string, IReadOnlyList<string>?> { ["sector-interest"] = choices },
    };

    private static async Task<List<string?>> NamesAsync(ContactListService service, params CriterionFilter[] filters)
    {
        var page = await service.ListAsync(new ContactQuery(Sort: ContactSort.Name, Limit: 100) { Criteria = filters }, CancellationToken.None);
        return [.. page.Items.Select(i => i.DisplayName)];
    }
}
