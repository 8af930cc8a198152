using System.Diagnostics;
using ContactHub.Bench.Databases;
using ContactHub.Bench.Queries;
using ContactHub.Consent;
using ContactHub.Consent.Reachability;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Bench.Reachability;

internal sealed record ReachabilityFigures(
    int ConsentEvents, int Decisions, double Seconds, double DecisionsPerSecond, int Pages, double PageMilliseconds, int Reachable, int Fallback, int NotReachable,
    int RawRecipients, double RawSeconds, double RawRowsPerSecond, double Ratio, string Goal);

/// <summary>
/// The batch policy over every contact (newsletter by e-mail, the campaign-planning case) against one raw SQL query
/// selecting the same recipients: contacts that allow e-mail, are not blocked or expired, have an active, not
/// hard-bounced address and a granted direct-marketing consent (the generator's, recorded first).
/// </summary>
internal static class ReachabilityBench
{
    public const string Goal = ">= 1,000,000 decisions in < 5 s";
    private const int PageSize = ReachabilityService.MaxBatch;

    private const string RecipientsSql = """
        SELECT c."Id", (SELECT e."Address" FROM "ContactEmails" e
                        WHERE e."ContactId" = c."Id" AND e."IsActive" AND e."BounceStatus" <> 'Hard' ORDER BY e."Type" LIMIT 1)
        FROM "Contacts" c
        WHERE c."OrganisationId" = @o AND c."AllowEmail" AND NOT c."IsBlocked" AND (c."ValidUntil" IS NULL OR c."ValidUntil" >= @today)
          AND EXISTS (SELECT 1 FROM "ContactEmails" e WHERE e."ContactId" = c."Id" AND e."IsActive" AND e."BounceStatus" <> 'Hard')
          AND COALESCE((SELECT s."Granted" FROM "ConsentState" s WHERE s."ContactId" = c."Id" AND s."PurposeId" = @p AND s."Scope" = 'email'),
                       (SELECT s."Granted" FROM "ConsentState" s WHERE s."ContactId" = c."Id" AND s."PurposeId" = @p AND s."Scope" = 'all'), @no) = @yes
        """;

    public static async Task<ReachabilityFigures> RunAsync(BenchDatabase database)
    {
        var (purposeId, events) = await GeneratedConsents.RecordAsync(database);
        Console.WriteLine($"  recorded {events} generated consent events");

        // One untimed page first: JIT, EF Core's query compilation and opening the pool's first connection would
        // otherwise land on the first timed page and, at 100k (ten pages), move the figure by several percent.
        await PageAsync(database, null);

        var decisions = 0;
        var pages = 0;
        int reachable = 0, fallback = 0, notReachable = 0;
        var watch = Stopwatch.StartNew();
        string? cursor = null;
        do
        {
            var batch = await PageAsync(database, cursor);
            pages++;
            decisions += batch.Decisions.Count;
            reachable += batch.Decisions.Count(d => d.Outcome == ReachabilityOutcome.Reachable);
            fallback += batch.Decisions.Count(d => d.Outcome == ReachabilityOutcome.Fallback);
            notReachable += batch.Decisions.Count(d => d.Outcome == ReachabilityOutcome.NotReachable);
            cursor = batch.NextCursor;
        }
        while (cursor is not null);

        var seconds = watch.Elapsed.TotalSeconds;
        await using var raw = await RawSql.OpenAsync(database);
        watch.Restart();
        var recipients = await raw.RowsAsync(RecipientsSql,
            ("o", database.OrganisationId), ("today", DateOnly.FromDateTime(DateTime.UtcNow)), ("p", purposeId), ("no", false), ("yes", true));
        var rawSeconds = watch.Elapsed.TotalSeconds;

        var perSecond = decisions / seconds;
        var pageMilliseconds = seconds * 1000 / pages;
        var rawPerSecond = recipients / rawSeconds;
        Console.WriteLine($"  reachability: {decisions} decisions in {seconds:F2} s ({perSecond:F0}/s, {pageMilliseconds:F1} ms per page of {PageSize}; {reachable} reachable, {fallback} fallback, {notReachable} not) | raw SQL {recipients} recipients in {rawSeconds:F2} s");
        return new ReachabilityFigures(events, decisions, Math.Round(seconds, 3), Math.Round(perSecond), pages, Math.Round(pageMilliseconds, 1), reachable, fallback, notReachable,
            recipients, Math.Round(rawSeconds, 3), Math.Round(rawPerSecond), Math.Round(perSecond / rawPerSecond, 3), Goal);
    }

    private static async Task<ReachabilityBatch> PageAsync(BenchDatabase database, string? cursor)
    {
        await using var scope = database.Scope("bench:reachability");
        var service = scope.ServiceProvider.GetRequiredService<ReachabilityService>();
        return await service.DecideBatchAsync("newsletter", Channel.Email, null, cursor, PageSize, CancellationToken.None);
    }
}
