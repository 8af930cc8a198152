using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using ContactHub.NameDays;
using ContactHub.Runs;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Web.Pages.Admin;

/// <summary>
/// Name-day rules (one row per day), the schedule of the automatic run and "run now", through the services of
/// PUT /definition/name-days, PUT …/schedule and POST /runs/name-days.
/// </summary>
public sealed partial class NameDaysModel(NameDayDefinitionService nameDays, RunService runs) : DefinitionPageModel
{
    public const int BlankRows = 3;

    public DateTime? NextScheduledRun { get; private set; }

    [BindProperty]
    public List<NameDayRuleForm> Rules { get; set; } = [];

    [BindProperty]
    [Display(Name = "Schedule (Quartz cron, UTC)")]
    public string? Cron { get; set; }

    [BindProperty]
    [Display(Name = "Which persons")]
    public string? Mode { get; set; } = NameDayRun.ModeName(NameDayRunMode.WithoutNameDay);

    public static IReadOnlyList<(string Value, string Label)> Modes { get; } =
    [
        (NameDayRun.ModeName(NameDayRunMode.WithoutNameDay), "Only persons without a name day"),
        (NameDayRun.ModeName(NameDayRunMode.All), "All persons (replaces a different name day)"),
    ];

    public async Task OnGetAsync(CancellationToken ct) => Cron = (await LoadRulesAsync(ct)).Schedule;

    public Task<IActionResult> OnPostRulesAsync(CancellationToken ct)
    {
        var kept = Rules.Select((rule, row) => (rule, row)).Where(x => !x.rule.IsBlank).ToList();
        var request = new NameDayRulesRequest([.. kept.Select(x => new NameDayRuleRequest(x.rule.Date?.Trim(), SplitList(x.rule.Names)))]);
        var renumber = ModelStateErrors.Renumber("rules", [.. kept.Select(x => x.row)]);
        return ChangeAsync(
            async () => $"The name-day rules are saved: {(await nameDays.SetRulesAsync(request, ct)).Rules.Count} days.",
            async () => Cron = (await LoadAsync(ct)).Schedule,
            rename: field => NameIndex().Replace(renumber(field), string.Empty));
    }

    public Task<IActionResult> OnPostScheduleAsync(CancellationToken ct) => ChangeAsync(
        async () => (await nameDays.SetScheduleAsync(new NameDayScheduleRequest(Cron), ct)).Schedule is null
            ? "The automatic run is off."
            : "The schedule is saved.",
        () => LoadRulesAsync(ct),
        rename: field => field == "cron" ? nameof(Cron) : field);

    public Task<IActionResult> OnPostRunAsync(CancellationToken ct) => ChangeAsync(
        async () =>
        {
            await runs.QueueAsync(NameDayRun.KindKey, NameDayRun.ParametersFor(Mode), ct);
            return "The name-day run is queued; its progress shows on the runs page.";
        },
        async () => { var posted = Mode; await OnGetAsync(ct); Mode = posted; },
        rename: field => field == NameDayRun.ModeParameter ? nameof(Mode) : field);

    private async Task<NameDaysView> LoadRulesAsync(CancellationToken ct)
    {
        var view = await LoadAsync(ct);
        Rules = [.. view.Rules.Select(r => new NameDayRuleForm { Date = r.Date, Names = string.Join(", ", r.Names) })];
        Rules.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new NameDayRuleForm()));
        return view;
    }

    private async Task<NameDaysView> LoadAsync(CancellationToken ct)
    {
        var view = await nameDays.GetAsync(ct);
        NextScheduledRun = view.NextScheduledRun;
        return view;
    }

    // The names of a day are one input: "rules[2].names[1]" belongs on "rules[2].names".
    [GeneratedRegex(@"(?<=\.names)\[\d+\]$")]
    private static partial Regex NameIndex();
}

public sealed class NameDayRuleForm
{
    [Display(Name = "Day (MM-DD)")] public string? Date { get; set; }
    [Display(Name = "Names (comma-separated)")] public string? Names { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Date) && string.IsNullOrWhiteSpace(Names);
}
