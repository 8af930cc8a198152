using ContactHub.Common;
using ContactHub.Data;
using ContactHub.Definitions;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.NameDays;

public sealed record NameDayRuleView(string Date, IReadOnlyList<string> Names);

public sealed record NameDaysView(IReadOnlyList<NameDayRuleView> Rules, string? Schedule, DateTime? NextScheduledRun);

public sealed record NameDayScheduleRequest(string? Cron);

/// <summary>
/// The name-day part of the contact definition: the rules (replaced as a whole) and the schedule of the automatic
/// run. Rules are diffed by day, so the audit trail shows which day gained or lost which names.
/// </summary>
public sealed class NameDayDefinitionService(AppDbContext db, Access.CallerContext caller, TimeProvider clock)
{
    public async Task<NameDaysView> GetAsync(CancellationToken ct)
    {
        var rules = await db.Set<NameDayRule>().AsNoTracking().OrderBy(r => r.Date).ToListAsync(ct);
        var definition = await DefinitionAsync(ct);
        return ViewOf(rules, definition.NameDaySchedule);
    }

    public async Task<NameDaysView> SetRulesAsync(NameDayRulesRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var parsed = NameDayRules.Parse(request, errors);
        errors.ThrowIfAny();

        var organisationId = caller.RequireOrganisation();
        var existing = await db.Set<NameDayRule>().ToDictionaryAsync(r => r.Date, StringComparer.Ordinal, ct);
        var wanted = parsed.ToDictionary(r => r.Date.ToString(), StringComparer.Ordinal);
        db.RemoveRange(existing.Where(e => !wanted.ContainsKey(e.Key)).Select(e => e.Value));
        foreach (var (date, rule) in wanted)
        {
            if (existing.TryGetValue(date, out var stored))
            {
                stored.SetNames(rule.Names);
            }
            else
            {
                db.Add(new NameDayRule(organisationId, rule.Date, rule.Names));
            }
        }

        await db.SaveChangesAsync(ct);
        return await GetAsync(ct);
    }

    public async Task<NameDaysView> SetScheduleAsync(NameDayScheduleRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var cron = NameDaySchedule.Parse(request.Cron, "cron", clock.GetUtcNow().UtcDateTime, errors);
        errors.ThrowIfAny();
        var definition = await DefinitionAsync(ct);
        definition.SetNameDaySchedule(cron);
        await db.SaveChangesAsync(ct);
        return await GetAsync(ct);
    }

    /// <summary>The rules as the matcher needs them.</summary>
    public async Task<NameDayMatcher> MatcherAsync(CancellationToken ct)
    {
        var rules = await db.Set<NameDayRule>().AsNoTracking().ToListAsync(ct);
        return new NameDayMatcher(rules.Select(r => (r.Date, r.NameList)));
    }

    private NameDaysView ViewOf(IEnumerable<NameDayRule> rules, string? schedule) => new(
        [.. rules.Select(r => new NameDayRuleView(r.Date, r.NameList))],
        schedule,
        schedule is null ? null : NameDaySchedule.FireTimes(schedule, clock.GetUtcNow().UtcDateTime).Select(t => (DateTime?)t).FirstOrDefault());

    private async Task<ContactDefinition> DefinitionAsync(CancellationToken ct) =>
        await db.Set<ContactDefinition>().FirstOrDefaultAsync(ct) ?? throw new NotFoundException("The contact definition");
}
