using System.Text.Json;
using ContactHub.Contacts;
using ContactHub.SampleData;

namespace ContactHub.Core.Tests.SampleData;

public sealed class ContactGeneratorTests
{
    [Fact]
    public void Generate_SameSeed_GivesTheSameContacts()
    {
        var first = new ContactGenerator(seed: 11).Generate(300).Select(r => JsonSerializer.Serialize(r));
        var second = new ContactGenerator(seed: 11).Generate(300).Select(r => JsonSerializer.Serialize(r));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_MakesAboutFivePercentNearDuplicates_WithTheirOwnReference()
    {
        var contacts = new ContactGenerator(seed: 5).Generate(4_000).ToList();

        // A near-duplicate keeps the e-mails of the contact it repeats but differs in name or reference.
        var seen = new Dictionary<string, ContactRequest>(StringComparer.Ordinal);
        var duplicates = 0;
        foreach (var contact in contacts)
        {
            var key = string.Join(',', contact.Emails!.Select(e => e.Address));
            if (seen.TryGetValue(key, out var original) && original.ReferenceCode != contact.ReferenceCode
                && (original.LastName != contact.LastName || original.CompanyName != contact.CompanyName))
            {
                duplicates++;
            }

            seen.TryAdd(key, contact);
        }

        Assert.InRange(duplicates / (double)contacts.Count, 0.03, 0.07);
        Assert.Equal(contacts.Count, contacts.Select(c => c.ReferenceCode).Distinct().Count());
    }
}
