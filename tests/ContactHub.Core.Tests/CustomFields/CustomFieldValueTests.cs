using System.Text.Json;
using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.CustomFields;

namespace ContactHub.Core.Tests.CustomFields;

public sealed class CustomFieldValueTests
{
    [Theory]
    [InlineData("\"  gold member \"", "gold member")]
    [InlineData("\"\"", null)]
    [InlineData("null", null)]
    public void Text_IsTrimmed_AndEmptyClears(string json, string? expected) =>
        Assert.Equal(expected, CustomFieldValue.Parse(Field(CustomFieldType.Text), Json(json))?.Text);

    [Theory]
    [InlineData("42")]
    [InlineData("true")]
    [InlineData("\"a\\nb\"")]
    public void Text_RefusesOtherTypesAndLineBreaks(string json) =>
        Assert.Throws<FieldValueException>(() => CustomFieldValue.Parse(Field(CustomFieldType.Text), Json(json)));

    [Fact]
    public void Text_RefusesMoreThanTheLimit() =>
        Assert.Throws<FieldValueException>(() => CustomFieldValue.Parse(Field(CustomFieldType.Text), Json(JsonSerializer.Serialize(new string('x', 501)))));

    [Theory]
    [InlineData("42", "42", 42d)]
    [InlineData("7.50", "7.5", 7.5d)]
    [InlineData("-0.125", "-0.125", -0.125d)]
    [InlineData("1e3", "1000", 1000d)]
    public void Number_IsCanonical_AndTyped(string json, string text, double number)
    {
        var value = CustomFieldValue.Parse(Field(CustomFieldType.Number), Json(json))!;

        Assert.Equal(text, value.Text);
        Assert.Equal(number, value.Number);
        Assert.Equal(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), CustomFieldValue.Typed(CustomFieldType.Number, value.Text));
    }

    [Theory]
    [InlineData("\"42\"")]
    [InlineData("true")]
    [InlineData("1234567890.123456")]
    public void Number_RefusesStringsBooleansAndTooManyDigits(string json) =>
        Assert.Throws<FieldValueException>(() => CustomFieldValue.Parse(Field(CustomFieldType.Number), Json(json)));

    [Fact]
    public void Date_AcceptsOnlyIsoDays()
    {
        var value = CustomFieldValue.Parse(Field(CustomFieldType.Date), Json("\"2020-01-31\""))!;

        Assert.Equal(new DateOnly(2020, 1, 31), value.Date);
        Assert.Equal("2020-01-31", value.Text);
        foreach (var wrong in new[] { "\"31.01.2020\"", "\"2020-1-31\"", "\"2020-02-30\"", "\"2020-01-31T00:00:00\"", "20200131" })
        {
            Assert.Throws<FieldValueException>(() => CustomFieldValue.Parse(Field(CustomFieldType.Date), Json(wrong)));
        }
    }

    [Fact]
    public void Boolean_AcceptsOnlyJsonBooleans()
    {
        Assert.Equal("true", CustomFieldValue.Parse(Field(CustomFieldType.Boolean), Json("true"))!.Text);
        Assert.Equal(false, CustomFieldValue.Typed(CustomFieldType.Boolean, CustomFieldValue.Parse(Field(CustomFieldType.Boolean), Json("false"))!.Text));
        Assert.Throws<FieldValueException>(() => CustomFieldValue.Parse(Field(CustomFieldType.Boolean), Json("\"yes\"")));
        Assert.Throws<FieldValueException>(() => CustomFieldValue.Parse(Field(CustomFieldType.Boolean), Json("1")));
    }

    [Fact]
    public void Choice_AcceptsOnlyOptionKeys()
    {
        var field = Field(CustomFieldType.Choice);
        field.SetOptions([new CustomFieldOption("gold", "Gold"), new CustomFieldOption("silver", "Silver")]);

        Assert.Equal("gold", CustomFieldValue.Parse(field, Json("\"gold\""))!.Text);
        var refused = Assert.Throws<FieldValueException>(() => CustomFieldValue.Parse(field, Json("\"Gold\"")));
        Assert.Contains("gold, silver", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_NamesEachFieldItRefuses_AndEnforcesRequiredOnCreate()
    {
        var level = Field(CustomFieldType.Text, "level");
        level.SetRequired(true);
        var size = Field(CustomFieldType.Number, "shoeSize");
        var vat = new CustomFieldDefinition(Guid.NewGuid(), "vatGroup", "VAT group", CustomFieldType.Text, CustomFieldTarget.Companies, DateTime.UtcNow);
        var old = Field(CustomFieldType.Text, "old");
        old.Archive();
        var set = new CustomFieldSet([level, size, vat, old]);
        var contact = new Contact(Guid.NewGuid(), ContactKind.Person, DateTime.UtcNow);
        var errors = new ValidationErrors();

        set.Apply(contact, Values(("shoeSize", "\"big\""), ("vatGroup", "\"A\""), ("old", "\"x\""), ("nope", "1")), creating: true, errors);

        Assert.Equal(
            ["customFields.level", "customFields.nope", "customFields.old", "customFields.shoeSize", "customFields.vatGroup"],
            errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
        Assert.Empty(contact.CustomValues);
    }

    [Fact]
    public void Apply_OnPatch_ChangesOnlyTheKeysSent_AndRefusesClearingARequiredField()
    {
        var level = Field(CustomFieldType.Text, "level");
        level.SetRequired(true);
        var size = Field(CustomFieldType.Number, "shoeSize");
        var set = new CustomFieldSet([level, size]);
        var contact = new Contact(Guid.NewGuid(), ContactKind.Person, DateTime.UtcNow);
        set.Apply(contact, Values(("level", "\"gold\""), ("shoeSize", "42")), creating: true, new ValidationErrors());

        var patch = new ValidationErrors();
        set.Apply(contact, Values(("shoeSize", "null")), creating: false, patch);
        Assert.False(patch.HasErrors);
        Assert.Equal(["gold"], contact.CustomValues.Select(v => v.Value));

        var clear = new ValidationErrors();
        set.Apply(contact, Values(("level", "null")), creating: false, clear);
        Assert.Equal(["customFields.level"], clear.ToDictionary().Keys);
    }

    private static CustomFieldDefinition Field(CustomFieldType type, string key = "field") =>
        new(Guid.NewGuid(), key, key, type, CustomFieldTarget.Both, DateTime.UtcNow);

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static Dictionary<string, JsonElement> Values(params (string Key, string Json)[] values) =>
        values.ToDictionary(v => v.Key, v => Json(v.Json));
}
