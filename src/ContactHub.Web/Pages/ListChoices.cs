using ContactHub.Definitions.Lists;

namespace ContactHub.Web.Pages;

/// <summary>The active entries of the definition's managed lists, offered as suggestions on the inputs that take them.</summary>
public sealed class ListChoices(IReadOnlyList<ListView> lists)
{
    public static readonly ListChoices None = new([]);

    public IReadOnlyList<(string Value, string Label)> this[DefinitionList list] =>
        lists.FirstOrDefault(l => l.List == ListDefinitionService.PathName(list))?.Entries.Where(e => !e.Archived).Select(e => (e.Key, e.Name)).ToList() ?? [];

    public static async Task<ListChoices> LoadAsync(ListDefinitionService service, CancellationToken ct) => new(await service.AllAsync(ct));
}
