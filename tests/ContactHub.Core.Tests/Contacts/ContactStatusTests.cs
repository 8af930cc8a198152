using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Contacts.ContactPoints;

namespace ContactHub.Core.Tests.Contacts;

public sealed class ContactStatusTests
{
    private static readonly DateTime Now = new(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Organisation = Guid.NewGuid();

    [Fact]
    public void Person_WithNamesButNoCompanyLink_IsDraft_AndCompleteOnceLinked()
    {
        var person = Person("Anna", "Muster");
        var company = new Contact(Organisation, ContactKind.Company, Now) { CompanyName = "Acme" };

        Assert.Equal(ContactStatus.Draft, CompletenessRules.Default.StatusOf(person));
        person.ConnectTo(company, "Buyer", Now);
        Assert.Equal(ContactStatus.Complete, CompletenessRules.Default.StatusOf(person));
    }

    [Fact]
    public void MissingMandatoryField_MakesADraft()
    {
        var company = new Contact(Organisation, ContactKind.Company, Now) { CompanyName = "Acme" };
        var rules = new CompletenessRules([], ["companyName", "vatNumber", "address"]);

        Assert.Equal(ContactStatus.Complete, CompletenessRules.Default.StatusOf(company));
        Assert.Equal(ContactStatus.Draft, rules.StatusOf(company));
        company.VatNumber = "CHE-123";
        var address = company.AddAddress("work", new PostalAddress("Main St 1", null, "8000", "Zürich", null, CountryCode.Parse("CH")), null);
        Assert.Equal(ContactStatus.Complete, rules.StatusOf(company));

        // Only an active entry counts.
        company.Deactivate(ContactPointKind.Address, address.Id);
        Assert.Equal(ContactStatus.Draft, rules.StatusOf(company));
    }

    [Fact]
    public void StatusCondition_ForTheDatabase_AgreesWithTheLoadedContact()
    {
        var rules = new CompletenessRules(["lastName", "email"], ["companyName"]);
        var company = new Contact(Organisation, ContactKind.Company, Now) { CompanyName = "Acme" };
        var linked = Person("Anna", "Muster");
        linked.AddEmail("work", EmailAddress.Parse("anna@example.com"), null);
        linked.ConnectTo(company, null, Now);
        var noEmail = Person("Bert", "Beispiel");
        noEmail.ConnectTo(company, null, Now);
        Contact[] contacts = [company, linked, noEmail];

        var complete = contacts.AsQueryable().Where(rules.Where(ContactStatus.Complete)).ToList();
        var draft = contacts.AsQueryable().Where(rules.Where(ContactStatus.Draft)).ToList();

        Assert.Equal([company, linked], complete);
        Assert.Equal([noEmail], draft);
        Assert.All(contacts, c => Assert.Equal(complete.Contains(c) ? ContactStatus.Complete : ContactStatus.Draft, rules.StatusOf(c)));
    }

    [Fact]
    public void Parse_RefusesUnknownFields_AndFieldsOfTheOtherKind()
    {
        var errors = new ValidationErrors();
        var rules = CompletenessRules.Parse(["lastName", "vatNumber"], ["companyName", "shoeSize"], string.Empty, errors);

        var fields = errors.ToDictionary();
        Assert.Contains("persons", fields.Keys);
        Assert.Contains("companies", fields.Keys);
        Assert.Equal(["lastName"], rules.Persons);
        Assert.Equal(["companyName"], rules.Companies);
    }

    [Fact]
    public void Rules_SurviveTheirStoredForm()
    {
        var rules = new CompletenessRules(["firstName", "email"], ["companyName", "address"]);
        var back = CompletenessRules.FromJson(rules.ToJson());
        Assert.Equal(rules.Persons, back.Persons);
        Assert.Equal(rules.Companies, back.Companies);
        Assert.Equal(CompletenessRules.Default.Persons, CompletenessRules.FromJson(string.Empty).Persons);
    }

    private static Contact Person(string first, string last) =>
        new(Organisation, ContactKind.Person, Now) { FirstName = first, LastName = last };
}
