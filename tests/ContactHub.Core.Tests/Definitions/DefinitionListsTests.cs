using ContactHub.Common;
using ContactHub.Definitions.Lists;

namespace ContactHub.Core.Tests.Definitions;

public sealed class DefinitionListsTests
{
    [Fact]
    public void Defaults_AreInForce_ForListsNeverConfigured()
    {
        var errors = new ValidationErrors();
        Assert.Equal("work", DefinitionLists.Defaults.Choose(DefinitionList.EmailTypes, " WORK ", "type", errors));
        Assert.Equal("VIP", DefinitionLists.Defaults.Choose(DefinitionList.Categories, "vip", "categories", errors));
        Assert.False(errors.HasErrors);
        Assert.Equal("industrial", DefinitionLists.Defaults.SectorOf("energy"));
    }

    [Fact]
    public void UnknownValue_IsAFieldError_ThatNamesTheChoices()
    {
        var errors = new ValidationErrors();
        Assert.Null(DefinitionLists.Defaults.Choose(DefinitionList.PhoneTypes, "pager", "phones[0].type", errors));
        var message = Assert.Single(errors.ToDictionary()["phones[0].type"]);
        Assert.Contains("mobile", message);
    }

    [Fact]
    public void ArchivedEntry_CannotBeChosen_ButAContactMayKeepIt()
    {
        var organisation = Guid.NewGuid();
        var fax = new DefinitionListItem(organisation, DefinitionList.PhoneTypes, "fax", "Fax", null, 0);
        fax.Archive();
        var lists = DefinitionLists.From([fax, new DefinitionListItem(organisation, DefinitionList.PhoneTypes, "mobile", "Mobile", null, 1)]);

        var errors = new ValidationErrors();
        Assert.Null(lists.Choose(DefinitionList.PhoneTypes, "fax", "type", errors));
        Assert.True(errors.HasErrors);
        var kept = new ValidationErrors();
        Assert.Equal("fax", lists.Choose(DefinitionList.PhoneTypes, "fax", "type", kept, current: "fax"));
        Assert.False(kept.HasErrors);

        // A configured list replaces the defaults of that list only.
        Assert.Null(lists.Choose(DefinitionList.PhoneTypes, "work", "type", new ValidationErrors()));
        Assert.Equal("work", lists.Choose(DefinitionList.EmailTypes, "work", "type", new ValidationErrors()));
    }
}
