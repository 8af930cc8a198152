using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Consent;
using ContactHub.Contacts;
using ContactHub.Contacts.Bulk;
using ContactHub.Contacts.Listing;
using ContactHub.CustomFields;

namespace ContactHub.Core.Tests.Contacts.Bulk;

/// <summary>A bulk run keeps its target as JSON and reads it back when it starts: every kind of filter value must survive.</summary>
public sealed class BulkTargetTests
{
    [Fact]
    public void Filter_RoundTrips_WithEveryKindOfValue()
    {
        var query = new ContactQuery(
            Name: "Mül", Kind: ContactKind.Person, Category: "VIP", AllowedChannel: Channel.Sms, ConsentPurpose: "direct-marketing", ConsentGranted: false,
            IncludeInvalid: true, Status: ContactStatus.Complete, LifeCycle: LifeCycle.Financial, Confidentiality: Clearance.Restricted, Search: "Meier",
            Blocked: true, HasEmail: false, Country: CountryCode.Parse("ch"), CreatedFrom: new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            CustomFields: [new CustomFieldFilter("shoeSize", CustomFieldComparison.Min, "42")]);

        var read = BulkTarget.FromJson(new BulkTarget(null, query).ToJson());

        Assert.Null(read.Ids);
        Assert.Equal(query with { CustomFields = null }, read.Filter! with { CustomFields = null });
        Assert.Equal(query.CustomFields, read.Filter!.CustomFields);
    }

    [Fact]
    public void Selection_RoundTrips_AndNoTargetReadsAsAnEmptySelection()
    {
        Guid[] ids = [Guid.CreateVersion7(), Guid.CreateVersion7()];

        Assert.Equal(ids, BulkTarget.FromJson(new BulkTarget(ids, null).ToJson()).Ids);
        Assert.Null(BulkTarget.FromJson(null).Filter);
        Assert.Empty(BulkTarget.FromJson(null).Ids!);
    }
}
