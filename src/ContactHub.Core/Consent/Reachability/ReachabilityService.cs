using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Consent.Reachability;

public sealed record OverrideRequest(string? NotificationType, Channel? Channel, string? Reason, int? ValidForDays);

public sealed record OverrideView(Guid Id, string NotificationType, Channel Channel, string Reason, DateTime CreatedAt, DateTime ExpiresAt);

/// <summary>
/// A batch of decisions over contacts in id order. <see cref="Summary"/> counts outcomes and reasons, so a planner
/// sees at once how many recipients forbade the channel (seed 004) before a bulk send.
/// </summary>
public sealed record ReachabilityBatch(
    IReadOnlyList<ReachabilityDecision> Decisions,
    IReadOnlyDictionary<string, int> Summary,
    string? NextCursor);

/// <summary>Loads the facts for the policy (one contact or thousands at once), asks it, and records operator overrides.</summary>
public sealed class ReachabilityService(AppDbContext db, TimeProvider clock)
{
    public const int MaxBatch = 10_000;

    public async Task<ReachabilityDecision> DecideAsync(Guid contactId, string? notificationType, Channel? channel, CancellationToken ct)
    {
        var type = await TypeAsync(notificationType, ct);
        var facts = await ReachabilityFactsLoader.LoadAsync(db, type, db.Contacts.Where(c => c.Id == contactId), Now, ct);
        return facts.Count == 0
            ? throw new NotFoundException("The contact")
            : ReachabilityPolicy.Decide(facts[0], type, channel, Today);
    }

    /// <summary>
    /// Decides for the given contacts, or for a page after <paramref name="cursor"/> of the <paramref name="recipients"/>
    /// (a segment's members) or, without them, of all contacts.
    /// </summary>
    public async Task<ReachabilityBatch> DecideBatchAsync(
        string? notificationType, Channel? channel, IReadOnlyList<Guid>? contactIds, string? cursor, int limit, CancellationToken ct, IQueryable<Contact>? recipients = null)
    {
        if (limit is < 1 or > MaxBatch || contactIds?.Count > MaxBatch)
        {
            throw ValidationFailedException.For(contactIds is null ? "limit" : "contactIds", $"At most {MaxBatch} contacts per batch.");
        }

        var type = await TypeAsync(notificationType, ct);
        var contacts = recipients ?? db.Contacts.AsQueryable();
        if (contactIds is not null)
        {
            contacts = contacts.Where(c => contactIds.Contains(c.Id));
        }
        else if (cursor is not null)
        {
            var after = Cursor.Decode(cursor);
            contacts = contacts.Where(c => c.Id.CompareTo(after) > 0);
        }

        var page = contacts.OrderBy(c => c.Id).Take(contactIds is null ? limit : contactIds.Count);
        var facts = await ReachabilityFactsLoader.LoadAsync(db, type, page, Now, ct);
        var today = Today;
        var decisions = new ReachabilityDecision[facts.Count];
        for (var i = 0; i < decisions.Length; i++)
        {
            decisions[i] = ReachabilityPolicy.Decide(facts[i], type, channel, today);
        }

        var next = contactIds is null && facts.Count == limit ? Cursor.Encode(facts[^1].ContactId) : null;
        return new ReachabilityBatch(decisions, Summarise(decisions), next);
    }

    /// <summary>
    /// For each notification type, how many of <paramref name="contacts"/> are reachable, reachable by a fallback or not
    /// reachable, decided over at most <paramref name="cap"/> of them (in id order; <see cref="ReachabilityFigures.Decided"/>
    /// says how many), since the policy runs per contact in memory.
    /// </summary>
    public async Task<IReadOnlyList<ReachabilityFigures>> OutcomesAsync(IQueryable<Contact> contacts, int cap, CancellationToken ct)
    {
        var keys = await db.Set<NotificationType>().AsNoTracking().OrderBy(t => t.Key).Select(t => t.Key).ToListAsync(ct);
        var page = contacts.OrderBy(c => c.Id).Take(cap);
        var today = Today;
        var figures = new List<ReachabilityFigures>();
        foreach (var key in keys)
        {
            var type = await TypeAsync(key, ct);
            var facts = await ReachabilityFactsLoader.LoadAsync(db, type, page, Now, ct);
            var counts = new int[OutcomeKeys.Length];
            foreach (var contact in facts)
            {
                counts[(int)ReachabilityPolicy.Decide(contact, type, null, today).Outcome]++;
            }

            figures.Add(new ReachabilityFigures(key, facts.Count, [.. Enum.GetValues<ReachabilityOutcome>().Select(o => new Contacts.Statistics.Figure(o.ToString(), counts[(int)o]))]));
        }

        return figures;
    }

    public async Task<OverrideView> OverrideAsync(Guid contactId, OverrideRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length < 10 || reason.Length > 1000)
        {
            errors.Add("reason", "An override needs a written reason (10 to 1000 characters).");
        }

        if (request.Channel is null)
        {
            errors.Add("channel", "Name the channel the override allows.");
        }

        if (request.ValidForDays is < 1 or > 365)
        {
            errors.Add("validForDays", "An override lasts 1 to 365 days.");
        }

        var type = await db.Set<NotificationType>().AsNoTracking().FirstOrDefaultAsync(t => t.Key == request.NotificationType, ct);
        if (type is null)
        {
            errors.Add("notificationType", $"Unknown notification type '{request.NotificationType}'.");
        }

        errors.ThrowIfAny();
        var contact = await db.LoadAsync(contactId, ct);
        var now = Now;
        var entry = new ReachabilityOverride(contact.OrganisationId, contact.Id, type!.Id, request.Channel!.Value, reason!, now, now.AddDays(request.ValidForDays ?? 30));
        db.Add(entry);
        await db.SaveChangesAsync(ct);
        return new OverrideView(entry.Id, type.Key, entry.Channel, entry.Reason, entry.CreatedAt, entry.ExpiresAt);
    }

    /// <summary>
    /// The contact's overrides still in force, newest first. Overrides are filtered by organisation only, so the
    /// contact's own (clearance) filter decides too, in the same query: a hidden contact has none.
    /// </summary>
    public async Task<IReadOnlyList<OverrideView>> OverridesAsync(Guid contactId, CancellationToken ct)
    {
        var now = Now;
        var rows = await (
            from o in db.Set<ReachabilityOverride>().AsNoTracking()
            join t in db.Set<NotificationType>() on o.NotificationTypeId equals t.Id
            where o.ContactId == contactId && o.ExpiresAt > now && db.Contacts.Any(c => c.Id == contactId)
            orderby o.CreatedAt descending
            select new { o.Id, t.Key, o.Channel, o.Reason, o.CreatedAt, o.ExpiresAt }).ToListAsync(ct);
        if (rows.Count == 0 && !await db.Contacts.AnyAsync(c => c.Id == contactId, ct))
        {
            throw new NotFoundException("The contact");
        }

        return [.. rows.Select(r => new OverrideView(r.Id, r.Key, r.Channel, r.Reason, r.CreatedAt, r.ExpiresAt))];
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);

    private async Task<NotificationFacts> TypeAsync(string? key, CancellationToken ct)
    {
        var type = await db.Set<NotificationType>().AsNoTracking().FirstOrDefaultAsync(t => t.Key == key, ct)
            ?? throw ValidationFailedException.For("notificationType", $"Unknown notification type '{key}'.");
        var purposeName = type.ConsentPurposeId is { } purposeId
            ? await db.Set<ConsentPurpose>().AsNoTracking().Where(p => p.Id == purposeId).Select(p => p.Name).FirstOrDefaultAsync(ct)
            : null;
        return new NotificationFacts(type.Id, type.Key, type.PurposeClass, type.ConsentPurposeId, purposeName);
    }

    // Keys per enum value built once: summarising a page of 10,000 decisions should not build 20,000 strings.
    private static readonly string[] OutcomeKeys = [.. Enum.GetValues<ReachabilityOutcome>().Select(o => Camel(o.ToString()))];
    private static readonly string[] ReasonKeys = [.. Enum.GetValues<ReasonCode>().Select(c => "reason:" + Camel(c.ToString()))];

    /// <summary>Counts each outcome, and each reason code once per decision, keys in order of first appearance.</summary>
    private static Dictionary<string, int> Summarise(IReadOnlyList<ReachabilityDecision> decisions)
    {
        var summary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var decision in decisions)
        {
            Count(summary, OutcomeKeys[(int)decision.Outcome]);
            var seen = 0L;
            foreach (var reason in decision.Reasons)
            {
                var bit = 1L << (int)reason.Code;
                if ((seen & bit) == 0)
                {
                    seen |= bit;
                    Count(summary, ReasonKeys[(int)reason.Code]);
                }
            }
        }

        return summary;
    }

    private static void Count(Dictionary<string, int> summary, string key) =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(summary, key, out _)++;

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
