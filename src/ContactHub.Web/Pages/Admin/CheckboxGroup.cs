namespace ContactHub.Web.Pages.Admin;

/// <summary>A fieldset of checkboxes posting <see cref="Name"/> once per ticked value (rendered by _CheckboxGroup).</summary>
public sealed record CheckboxGroup(string Name, string Legend, IReadOnlyList<(string Value, string Label)> Options, IReadOnlyCollection<string> Selected)
{
    public static CheckboxGroup Of(string name, string legend, IEnumerable<string> options, IReadOnlyCollection<string> selected) =>
        new(name, legend, [.. options.Select(o => (o, o))], selected);
}
