using System.Linq.Expressions;
using ContactHub.Consent;
using ContactHub.Consent.Reachability;
using ContactHub.Contacts.ContactPoints;
using ContactHub.Contacts.Listing;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts.Statistics;

/// <summary>
/// The figures of the back office's dashboard for the caller's organisation. Every query starts from
/// <c>db.Contacts</c>, so the tenant and clearance filter applies: a contact the caller may not see is not counted,
/// and parts filtered by organisation only (consent states) are counted through their visible contact. Few queries,
/// each one pass: the plain columns as conditional counts grouped by kind, then Draft, bounced, consent and months.
/// </summary>
public sealed class ContactStatistics(AppDbContext db, TimeProvider clock)
{
    public const int Months = 12;

    public Task<ContactFigures> ReadAsync(CancellationToken ct) => ReadAsync(db.Contacts.AsNoTracking(), ct);

    /// <summary>
    /// The figures of any set of contacts read from <c>db.Contacts</c> (a segment's members): the dashboard's own are
    /// those of all contacts.
    /// </summary>
    public async Task<ContactFigures> ReadAsync(IQueryable<Contact> contacts, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);

        var kinds = await contacts
            .GroupBy(c => c.Kind)
            .Select(g => new
            {
                Kind = g.Key,
                Total = g.Count(),
                Financial = g.Count(c => c.AccountReference != null),
                Invalid = g.Count(c => c.ValidUntil < today),
                Blocked = g.Count(c => c.IsBlocked),
                Email = g.Count(c => c.AllowEmail),
                Phone = g.Count(c => c.AllowPhone),
                Sms = g.Count(c => c.AllowSms),
                Letter = g.Count(c => c.AllowLetter),
            })
            .ToListAsync(ct);
        var total = kinds.Sum(k => k.Total);

        var rules = await db.ReadRulesAsync(ct);
        var draft = await contacts.Where(rules.Completeness.Where(ContactStatus.Draft)).CountAsync(ct);
        var bounced = await contacts.CountAsync(c => c.Emails.Any(e => e.IsActive && e.BounceStatus != BounceStatus.None), ct);

        return new ContactFigures(
            total,
            [.. Enum.GetValues<ContactKind>().Select(k => new Figure(k.ToString(), kinds.Where(r => r.Kind == k).Sum(r => r.Total)))],
            [new Figure(nameof(ContactStatus.Draft), draft), new Figure(nameof(ContactStatus.Complete), total - draft)],
            [new Figure(nameof(LifeCycle.Marketing), total - kinds.Sum(k => k.Financial)), new Figure(nameof(LifeCycle.Financial), kinds.Sum(k => k.Financial))],
            kinds.Sum(k => k.Invalid),
            kinds.Sum(k => k.Blocked),
            bounced,
            await ConsentAsync(contacts, total, ct),
            [
                new Figure(nameof(Channel.Email), kinds.Sum(k => k.Email)),
                new Figure(nameof(Channel.Phone), kinds.Sum(k => k.Phone)),
                new Figure(nameof(Channel.Sms), kinds.Sum(k => k.Sms)),
                new Figure(nameof(Channel.Letter), kinds.Sum(k => k.Letter)),
            ],
            await CreatedPerMonthAsync(contacts, now, ct));
    }

    /// <summary>
    /// The figures of <paramref name="contacts"/> and, beyond the dashboard's, their countries of residence (most first, "none" last), preferred
    /// channels and each notification type's reachability outcomes (decided for at most <paramref name="reachabilityCap"/>).
    /// </summary>
    public async Task<ContactStatisticsDetail> DetailAsync(IQueryable<Contact> contacts, ReachabilityService reachability, int reachabilityCap, CancellationToken ct)
    {
        var figures = await ReadAsync(contacts, ct);
        var countries = await contacts.GroupBy(c => c.CountryOfResidence).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var preferred = await contacts.GroupBy(c => c.PreferredChannel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return new ContactStatisticsDetail(
            figures,
            [.. countries.OrderBy(c => c.Key is null).ThenByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new Figure(c.Key ?? ContactStatisticsDetail.None, c.Count))],
            [.. Enum.GetValues<Channel>().Select(ch => new Figure(ch.ToString(), preferred.Where(p => p.Key == ch).Sum(p => p.Count))),
                new Figure(ContactStatisticsDetail.None, preferred.Where(p => p.Key == null).Sum(p => p.Count))],
            await reachability.OutcomesAsync(contacts, reachabilityCap, ct));
    }

    /// <summary>
    /// The shared e-mail addresses and phone numbers, each counted to <paramref name="cap"/>: the grouping walks the
    /// (organisation, value) indexes in order and stops once the cap is passed, so a large base with many shared values
    /// costs no more than a small one.
    /// </summary>
    public async Task<PossibleDuplicates> PossibleDuplicatesAsync(int cap, CancellationToken ct) => new(
        ContactCount.Capped(await SharedAsync(db.ContactEmails, e => e.Normalized, cap, ct), cap),
        ContactCount.Capped(await SharedAsync(db.ContactPhones, p => p.E164, cap, ct), cap));

    /// <summary>How many values of active <typeparamref name="TPoint"/>s more than one visible contact holds, counted to one past the cap.</summary>
    private Task<int> SharedAsync<TPoint>(IQueryable<TPoint> points, Expression<Func<TPoint, string>> value, int cap, CancellationToken ct)
        where TPoint : ContactPoint =>
        points.AsNoTracking()
            .Where(p => p.IsActive && db.Contacts.Any(c => c.Id == p.ContactId))
            .GroupBy(value)
            .Where(g => g.Select(p => p.ContactId).Distinct().Count() > 1)
            .Select(g => g.Key)
            .Take(cap + 1)
            .CountAsync(ct);

    /// <summary>Per purpose, the contacts whose decision for all channels is granted, withdrawn, or not taken.</summary>
    private async Task<IReadOnlyList<ConsentCoverage>> ConsentAsync(IQueryable<Contact> contacts, int total, CancellationToken ct)
    {
        var purposes = await db.Set<ConsentPurpose>().AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Key, p.Name }).ToListAsync(ct);
        var states = await db.Set<ConsentState>().AsNoTracking()
            .Where(s => s.Scope == ConsentState.AllChannels && contacts.Any(c => c.Id == s.ContactId))
            .GroupBy(s => new { s.PurposeId, s.Granted })
            .Select(g => new { g.Key.PurposeId, g.Key.Granted, Count = g.Count() })
            .ToListAsync(ct);
        return [.. purposes.Select(p =>
        {
            var granted = states.Where(s => s.PurposeId == p.Id && s.Granted).Sum(s => s.Count);
            var withdrawn = states.Where(s => s.PurposeId == p.Id && !s.Granted).Sum(s => s.Count);
            return new ConsentCoverage(p.Key, p.Name, granted, withdrawn, total - granted - withdrawn);
        })];
    }

    /// <summary>The contacts added in each of the last <see cref="Months"/> calendar months (UTC), this month last; empty months count 0.</summary>
    private static async Task<IReadOnlyList<MonthCount>> CreatedPerMonthAsync(IQueryable<Contact> contacts, DateTime now, CancellationToken ct)
    {
        var first = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1 - Months);
        var counted = await contacts
            .Where(c => c.CreatedAt >= first)
            .GroupBy(c => new { c.CreatedAt.Year, c.CreatedAt.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(ct);
        return [.. Enumerable.Range(0, Months).Select(i => first.AddMonths(i)).Select(m =>
            new MonthCount(m.Year, m.Month, counted.Where(c => c.Year == m.Year && c.Month == m.Month).Sum(c => c.Count)))];
    }
}
