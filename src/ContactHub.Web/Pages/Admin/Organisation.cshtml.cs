using System.ComponentModel.DataAnnotations;
using ContactHub.Common;
using ContactHub.Organisations;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Web.Pages.Admin;

/// <summary>The organisation's own settings: its time zone, the default for operators without one of their own.</summary>
public sealed class OrganisationModel(OrganisationService organisations) : DefinitionPageModel
{
    public OrganisationSettings Settings { get; private set; } = null!;

    [BindProperty]
    [Display(Name = "Time zone")]
    public string? TimeZone { get; set; }

    public IReadOnlyList<(string Value, string Label)> Zones => [.. DisplayZone.All.Select(z => (z, z))];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Settings = await organisations.SettingsAsync(ct);
        TimeZone = Settings.TimeZone;
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => ChangeAsync(
        async () => $"Times are shown in {(await organisations.SetTimeZoneAsync(TimeZone, ct)).TimeZone} unless an operator chose another zone.",
        async () => Settings = await organisations.SettingsAsync(ct));
}
