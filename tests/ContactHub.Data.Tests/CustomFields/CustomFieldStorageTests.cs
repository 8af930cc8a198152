using System.Text.Json;
using ContactHub.Access;
using ContactHub.Contacts;
using ContactHub.Contacts.Listing;
using ContactHub.CustomFields;

namespace ContactHub.Data.Tests.CustomFields;

/// <summary>Custom-field filters must compare like their type on both engines: numbers as numbers, dates as days.</summary>
public sealed class CustomFieldStorageTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Filters_CompareByType_AndBulkImportWritesTheValues(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        var caller = new CallerContext { Current = Caller.System("tests").ForOrganisation(organisationId) };
        await using (var db = database.Context(organisationId))
        {
            var definitions = new CustomFieldDefinitionService(db, caller, TimeProvider.System);
            await definitions.CreateAsync(new CustomFieldRequest { Key = "shoeSize", Name = "Shoe size", Type = CustomFieldType.Number }, CancellationToken.None);
            await definitions.CreateAsync(new CustomFieldRequest { Key = "memberSince", Name = "Member since", Type = CustomFieldType.Date }, CancellationToken.None);
            await definitions.CreateAsync(new CustomFieldRequest { Key = "vip", Name = "VIP", Type = CustomFieldType.Boolean }, CancellationToken.None);
            var contacts = new ContactService(db, caller, TimeProvider.System);
            foreach (var (name, size, since, vip) in new[] { ("Nine", "9", "2019-12-31", "true"), ("Ten", "10.5", "2020-01-01", "false"), ("Hundred", "100", "2021-06-30", "true") })
            {
                await contacts.CreateAsync(Person(name, ("shoeSize", size), ("memberSince", $"\"{since}\""), ("vip", vip)), CancellationToken.None);
            }
        }

        await using (var db = database.Context(organisationId))
        {
            var importer = new ContactHub.Imports.ContactImporter(db, caller, TimeProvider.System, new ContactHub.Imports.DefinitionUniquenessCheck(db));
            var result = await importer.ImportAsync([Person("Imported", ("shoeSize", "42"), ("memberSince", "\"2022-02-02\""))], CancellationToken.None);
            Assert.Equal(1, result.Imported);
        }

        await using var read = database.Context(organisationId);
        var service = new ContactListService(read, TimeProvider.System);
        Assert.Equal(["Hundred", "Imported", "Ten"], await NamesAsync(service, new CustomFieldFilter("shoeSize", CustomFieldComparison.Min, "10")));
        Assert.Equal(["Nine", "Ten"], await NamesAsync(service, new CustomFieldFilter("shoeSize", CustomFieldComparison.Max, "10.5")));
        Assert.Equal(["Ten"], await NamesAsync(service, new CustomFieldFilter("shoeSize", CustomFieldComparison.Equal, "10.50")));
        Assert.Equal(["Hundred", "Ten"], await NamesAsync(service,
            new CustomFieldFilter("memberSince", CustomFieldComparison.Min, "2020-01-01"), new CustomFieldFilter("memberSince", CustomFieldComparison.Max, "2021-12-31")));
        Assert.Equal(["Hundred", "Nine"], await NamesAsync(service, new CustomFieldFilter("vip", CustomFieldComparison.Equal, "true")));
    }

    private static ContactRequest Person(string lastName, params (string Key, string Json)[] values) => new()
    {
        Kind = ContactKind.Person,
        LastName = lastName,
        CustomFields = values.ToDictionary(v => v.Key, v => JsonDocument.Parse(v.Json).RootElement.Clone()),
    };

    private static async Task<List<string?>> NamesAsync(ContactListService service, params CustomFieldFilter[] filters)
    {
        var page = await service.ListAsync(new ContactQuery(Sort: ContactSort.Name, Limit: 100) { CustomFields = filters }, CancellationToken.None);
        return [.. page.Items.Select(i => i.DisplayName)];
    }
}
