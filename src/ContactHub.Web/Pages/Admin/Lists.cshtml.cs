using System.ComponentModel.DataAnnotations;
using ContactHub.Definitions.Lists;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Web.Pages.Admin;

/// <summary>
/// One managed list of the definition (types, categories, sectors, industries): rename, add, remove. Saving replaces the
/// list through <see cref="ListDefinitionService"/>, like PUT /api/v1/definition/lists/{list}: a removed entry is archived
/// (contacts keep it, it is no longer offered) and can be restored.
/// </summary>
public sealed class ListsModel(ListDefinitionService lists) : DefinitionPageModel
{
    public const int BlankRows = 3;

    public DefinitionList List { get; private set; }

    public IReadOnlyList<ListEntryView> Archived { get; private set; } = [];

    /// <summary>The active sectors an industry may belong to.</summary>
    public IReadOnlyList<ListEntryView> Sectors { get; private set; } = [];

    [BindProperty]
    public List<ListEntryForm> Entries { get; set; } = [];

    /// <summary>Set by a row's "move up" button: that row changes place with the one above, and the list is saved.</summary>
    [BindProperty]
    public int? MoveUp { get; set; }

    public static string Title(DefinitionList list) => list switch
    {
        DefinitionList.EmailTypes => "E-mail types",
        DefinitionList.PhoneTypes => "Phone types",
        DefinitionList.AddressTypes => "Address types",
        DefinitionList.RelationTypes => "Relation types",
        DefinitionList.AccessibilityNeeds => "Accessibility needs",
        DefinitionList.DataOrigins => "Data origins",
        _ => list.ToString(),
    };

    public async Task OnGetAsync(string? list, CancellationToken ct)
    {
        var view = await LoadAsync(list, ct);
        Entries = [.. view.Entries.Where(e => !e.Archived).Select(e => new ListEntryForm { Key = e.Key, Name = e.Name, Sector = e.Sector, Stored = true })];
        Entries.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new ListEntryForm()));
    }

    public async Task<IActionResult> OnPostAsync(string? list, CancellationToken ct)
    {
        await LoadAsync(list, ct);
        if (MoveUp is > 0 and var row && row < Entries.Count)
        {
            (Entries[row - 1], Entries[row]) = (Entries[row], Entries[row - 1]);
        }

        var kept = Entries.Select((entry, row) => (entry, row)).Where(x => !x.entry.Remove && !x.entry.IsBlank).ToList();
        var request = new ListRequest([.. kept.Select(x => EntryRequest(x.entry))]);
        return await ChangeAsync(
            async () => Message(await lists.ReplaceAsync(List, request, ct)),
            () => LoadAsync(list, ct),
            rename: ModelStateErrors.Renumber("entries", [.. kept.Select(x => x.row)]));
    }

    public async Task<IActionResult> OnPostRestoreAsync(string? list, string key, CancellationToken ct)
    {
        var view = await LoadAsync(list, ct);
        var entries = view.Entries.Where(e => !e.Archived || e.Key == key).Select(e => new ListEntryRequest(e.Key, e.Name, e.Sector)).ToList();
        return await ChangeAsync(
            async () => { await lists.ReplaceAsync(List, new ListRequest(entries), ct); return $"'{key}' is offered again."; },
            () => OnGetAsync(list, ct),
            rename: _ => string.Empty);
    }

    private ListEntryRequest EntryRequest(ListEntryForm entry) =>
        new(entry.Key, entry.Name, List == DefinitionList.Industries ? entry.Sector : null);

    private static string Message(ListView saved) =>
        saved.ArchivedNow.Count == 0 ? "The list is saved." : $"The list is saved. Archived: {string.Join(", ", saved.ArchivedNow)}.";

    private async Task<ListView> LoadAsync(string? list, CancellationToken ct)
    {
        List = ListDefinitionService.Parse(list ?? ListDefinitionService.PathName(DefinitionList.EmailTypes))
            ?? throw new ContactHub.Common.NotFoundException($"The list '{list}'");
        var view = await lists.GetAsync(List, ct);
        Archived = [.. view.Entries.Where(e => e.Archived)];
        if (List == DefinitionList.Industries)
        {
            Sectors = [.. (await lists.GetAsync(DefinitionList.Sectors, ct)).Entries.Where(e => !e.Archived)];
        }

        return view;
    }
}

/// <summary>One row of a list form: a stored entry (key fixed) or a blank row for a new one.</summary>
public sealed class ListEntryForm
{
    [Display(Name = "Key")] public string? Key { get; set; }
    [Display(Name = "Name")] public string? Name { get; set; }
    [Display(Name = "Sector")] public string? Sector { get; set; }
    [Display(Name = "Remove")] public bool Remove { get; set; }
    public bool Stored { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Key) && string.IsNullOrWhiteSpace(Name);
}
