using ContactHub.Definitions.Lists;
using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Contacts.ContactPoints;

namespace ContactHub.Core.Tests.Contacts;

public sealed class ContactRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public void OneActiveEntryPerType_SecondIsAConflict_UntilTheFirstIsDeactivated()
    {
        var contact = Person();
        var first = contact.AddEmail("work", EmailAddress.Parse("a@example.com"), null);

        Assert.Throws<ConflictException>(() => contact.AddEmail("work", EmailAddress.Parse("b@example.com"), null));
        contact.AddEmail("private", EmailAddress.Parse("b@example.com"), null);
        contact.Deactivate(ContactPointKind.Email, first.Id);
        var second = contact.AddEmail("work", EmailAddress.Parse("c@example.com"), null);

        Assert.Throws<ConflictException>(() => contact.Reactivate(ContactPointKind.Email, first.Id));
        contact.Deactivate(ContactPointKind.Email, second.Id);
        contact.Reactivate(ContactPointKind.Email, first.Id);
        Assert.True(first.IsActive);
    }

    [Fact]
    public void EntryInUse_CannotBeDeactivated()
    {
        var contact = Person();
        var address = contact.AddAddress("billing", new PostalAddress("Main St 1", null, "8000", "Zürich", null, CountryCode.Parse("CH")), "billing");

        var conflict = Assert.Throws<ConflictException>(() => contact.Deactivate(ContactPointKind.Address, address.Id));
        Assert.Equal("contact-point-in-use", conflict.Code);
        contact.SetInUse(ContactPointKind.Address, address.Id, null);
        contact.Deactivate(ContactPointKind.Address, address.Id);
        Assert.False(address.IsActive);
    }

    [Fact]
    public void OnlyInactiveEntries_CanBeRemoved()
    {
        var contact = Person();
        var email = contact.AddEmail("work", EmailAddress.Parse("a@example.com"), null);
        Assert.Throws<ConflictException>(() => contact.Remove(ContactPointKind.Email, email.Id));
        contact.Deactivate(ContactPointKind.Email, email.Id);
        contact.Remove(ContactPointKind.Email, email.Id);
        Assert.Empty(contact.Emails);
    }

    [Fact]
    public void Fields_OfTheOtherKind_AreRefused_AndANameIsRequired()
    {
        var company = new Contact(Guid.NewGuid(), ContactKind.Company, DateTime.UtcNow);
        var errors = new ValidationErrors();
        ContactFields.Apply(company, new ContactRequest { FirstName = "Anna", DateOfBirth = new DateOnly(1990, 1, 1) }, null, DefinitionLists.Defaults, errors, Today);

        var failure = Assert.Throws<ValidationFailedException>(errors.ThrowIfAny);
        Assert.Equal(["companyName", "dateOfBirth", "firstName"], failure.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void MergePatch_ChangesOnlyPresentFields_AndNullClears()
    {
        var contact = Person();
        var errors = new ValidationErrors();
        ContactFields.Apply(contact, new ContactRequest { Title = "Dr.", Notes = "x" }, null, DefinitionLists.Defaults, errors, Today);
        ContactFields.Apply(contact, new ContactRequest { Notes = null }, new HashSet<string> { "notes" }, DefinitionLists.Defaults, errors, Today);

        errors.ThrowIfAny();
        Assert.Equal("Dr.", contact.Title);
        Assert.Null(contact.Notes);
        Assert.Equal("muster anna", contact.NameKey);
    }

    [Theory]
    [InlineData(1799, 1, 1)]
    [InlineData(2026, 11, 23)]
    public void DateOfBirth_OutsideRange_IsRefused(int year, int month, int day)
    {
        var errors = new ValidationErrors();
        ContactFields.Apply(Person(), new ContactRequest { DateOfBirth = new DateOnly(year, month, day) }, null, DefinitionLists.Defaults, errors, Today);
        Assert.True(errors.HasErrors);
    }

    [Fact]
    public void Relation_ToItself_IsRefused()
    {
        var contact = Person();
        Assert.Throws<ValidationFailedException>(() => contact.AddRelation(contact, "self", DateTime.UtcNow));
    }

    [Fact]
    public void OnlyAPerson_ConnectsToACompany()
    {
        var person = Person();
        var company = new Contact(person.OrganisationId, ContactKind.Company, DateTime.UtcNow);
        person.ConnectTo(company, "CEO", DateTime.UtcNow);
        Assert.Throws<ConflictException>(() => person.ConnectTo(company, null, DateTime.UtcNow));
        Assert.Throws<ConflictException>(() => company.ConnectTo(person, null, DateTime.UtcNow));
        Assert.Throws<ValidationFailedException>(() => person.ConnectTo(Person(), null, DateTime.UtcNow));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image/png")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "image/gif")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50 }, "image/webp")]
    public void Photo_TypeComesFromTheBytes(byte[] data, string expected) => Assert.Equal(expected, ContactPhoto.DetectContentType(data));

    [Fact]
    public void Photo_NotAnImageOrTooLarge_IsRefused()
    {
        Assert.Throws<FieldValueException>(() => ContactPhoto.DetectContentType("<svg onload=alert(1)>"u8));
        Assert.Throws<FieldValueException>(() => ContactPhoto.DetectContentType(new byte[ContactPhoto.MaxBytes + 1]));
        Assert.Throws<FieldValueException>(() => ContactPhoto.DetectContentType([]));
    }

    private static Contact Person()
    {
        var contact = new Contact(Guid.NewGuid(), ContactKind.Person, DateTime.UtcNow) { FirstName = "Anna", LastName = "Muster" };
        contact.RefreshNames();
        return contact;
    }
}
