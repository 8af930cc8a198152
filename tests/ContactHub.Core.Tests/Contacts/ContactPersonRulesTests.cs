using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Definitions;
using ContactHub.Definitions.PrivacyLevels;

namespace ContactHub.Core.Tests.Contacts;

/// <summary>Seed 003's nameless persons and seed 001's privacy-level rules, as pure rules.</summary>
public sealed class ContactPersonRulesTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("anna@example.com", "+41791234567", "anna@example.com")]
    [InlineData(null, "+41791234567", "+41 79 123 45 67")]
    [InlineData(null, null, "")]
    public void Format_OfANamelessPerson_FallsBackToTheEmailThenThePhone(string? email, string? phone, string expected) =>
        Assert.Equal(expected, NameFormatter.Format(NameOrder.LastFirstMiddle, ContactKind.Person, null, null, null, null, NameFormatter.Fallback(email, phone)));

    [Fact]
    public void Format_OfANamedPerson_IgnoresTheFallback() =>
        Assert.Equal("Muster, Anna", NameFormatter.Format(NameOrder.LastFirstMiddle, ContactKind.Person, "Anna", null, "Muster", null, "anna@example.com"));

    [Fact]
    public void TryCreate_AnEmptyPerson_AsksForAnyField_ButAnEmailIsEnough()
    {
        var errors = new ValidationErrors();
        Assert.Null(Contact.TryCreate(Guid.NewGuid(), "CH", null, Clearance.Free, new ContactRequest { Kind = ContactKind.Person }, Now, errors));
        Assert.Contains(ContactFields.AnyField, errors.ToDictionary().Keys);

        var known = Contact.TryCreate(Guid.NewGuid(), "CH", null, Clearance.Free,
            new ContactRequest { Kind = ContactKind.Person, Emails = [new EmailRequest("work", "anna@example.com")] }, Now, new ValidationErrors());
        Assert.Equal("anna@example.com", known!.DisplayName);
    }

    [Fact]
    public void PrivacyLevelRules_RaiseToTheHighestMatchingLevel_AndNeverLower()
    {
        var contact = Contact.TryCreate(Guid.NewGuid(), "CH", null, Clearance.Confidential,
            new ContactRequest { Kind = ContactKind.Person, LastName = "Muster", Categories = ["VIP"] }, Now, new ValidationErrors())!;
        var vip = new PrivacyLevelRule(Guid.NewGuid(), "vip", null, Clearance.Confidential);
        var persons = new PrivacyLevelRule(Guid.NewGuid(), null, ContactKind.Person, Clearance.Restricted);
        var companies = new PrivacyLevelRule(Guid.NewGuid(), null, ContactKind.Company, Clearance.Confidential);
        var rules = new PrivacyLevelRules([persons, vip, companies]);

        Assert.Equal(vip, rules.Raising(contact));
        contact.Confidentiality = Clearance.Confidential;
        Assert.Null(rules.Raising(contact));
        Assert.Equal(rules.All, PrivacyLevelRules.FromJson(rules.ToJson()).All);
    }

    [Fact]
    public void LanguageOf_IsTheContactsOwn_ElseTheOrganisationsDefault()
    {
        var definition = new ContactDefinition(Guid.NewGuid());
        definition.SetDefaultLanguage("de");
        var withLanguage = Contact.TryCreate(Guid.NewGuid(), "CH", null, Clearance.Free,
            new ContactRequest { Kind = ContactKind.Person, LastName = "A", PreferredLanguage = "fr" }, Now, new ValidationErrors())!;
        var without = Contact.TryCreate(Guid.NewGuid(), "CH", null, Clearance.Free, new ContactRequest { Kind = ContactKind.Person, LastName = "B" }, Now, new ValidationErrors())!;

        Assert.Equal(("fr", "de", null), (ContactDefinition.LanguageOf(withLanguage, definition), ContactDefinition.LanguageOf(without, definition), ContactDefinition.LanguageOf(without, null)));
    }
}
