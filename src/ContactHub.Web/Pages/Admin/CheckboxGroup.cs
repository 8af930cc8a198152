namespace ContactHub.Web.Pages.Admin;

/// <summary>A fieldset of checkboxes posting <see cref="Name"/> once per ticked value (rendered by _CheckboxGroup).</summary>
public sealed record CheckboxGroup(string Name, string Legend, IReadOnlyList<(string Value, string Label)> Options, IReadOnlyCollection<string> Selected)
{
    /// <summary>One checkbox per contact field the API names, labelled as on the contact form.</summary>
    public static CheckboxGroup OfFields(string name, string legend, IEnumerable<string> fields, IReadOnlyCollection<string> selected) =>
        new(name, legend, [.. fields.Select(f => (f, FieldLabels.Of(f)))], selected);
}
