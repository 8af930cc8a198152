using System.Text.RegularExpressions;
using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Consent;

/// <summary>Recording consent evidence, reading the derived state and its history, and e-mail bounces.</summary>
public sealed partial class ConsentService(AppDbContext db, CallerContext caller, TimeProvider clock)
{
    public const int MaxMethodLength = 200;

    public async Task<ConsentEventView> RecordAsync(Guid contactId, ConsentEventRequest request, CancellationToken ct)
    {
        var contact = await db.LoadAsync(contactId, ct);
        var errors = new ValidationErrors();
        var purpose = await FindPurposeAsync(request.Purpose, errors, ct);
        if (request.Granted is null)
        {
            errors.Add("granted", "Say whether consent is granted (true) or withdrawn (false).");
        }

        var method = request.Method?.Trim();
        if (string.IsNullOrEmpty(method) || method.Length > MaxMethodLength || method.Any(char.IsControl))
        {
            errors.Add("method", $"Say how the person expressed it (e.g. \"checkbox\", \"double opt-in confirmed\"), at most {MaxMethodLength} characters.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var occurredAt = request.OccurredAt?.ToUniversalTime() ?? now;
        if (occurredAt > now.AddMinutes(5))
        {
            errors.Add("occurredAt", "A consent decision cannot lie in the future.");
        }

        await RequireTextAsync(request.TextId, purpose, errors, ct);
        if (request.IpAddress is { Length: > 45 } || (request.IpAddress is { } ip && !System.Net.IPAddress.TryParse(ip, out _)))
        {
            errors.Add("ipAddress", "Must be an IPv4 or IPv6 address.");
        }

        if (request.UserAgent is { Length: > 500 })
        {
            errors.Add("userAgent", "Must be at most 500 characters.");
        }

        errors.ThrowIfAny();
        var consentEvent = new ConsentEvent(contact.OrganisationId, contact.Id, purpose!.Id, request.Channel, request.Granted!.Value, occurredAt,
            caller.Current, method!, request.TextId!.Value, request.IpAddress, request.UserAgent, now);
        db.Add(consentEvent);
        var scope = ConsentState.ScopeOf(request.Channel);
        var state = await db.Set<ConsentState>().FirstOrDefaultAsync(s => s.ContactId == contact.Id && s.PurposeId == purpose.Id && s.Scope == scope, ct);
        if (state is null)
        {
            db.Add(new ConsentState(consentEvent));
        }
        else
        {
            state.Apply(consentEvent);
        }

        await db.SaveChangesAsync(ct);
        return ViewOf(consentEvent, purpose.Key);
    }

    public async Task<IReadOnlyList<ConsentStateView>> StateAsync(Guid contactId, CancellationToken ct)
    {
        await EnsureContactAsync(contactId, ct);
        var purposes = await db.Set<ConsentPurpose>().AsNoTracking().OrderBy(p => p.Key).ToListAsync(ct);
        var states = await db.Set<ConsentState>().AsNoTracking().Where(s => s.ContactId == contactId).ToListAsync(ct);
        return [.. purposes.Select(p =>
        {
            var mine = states.Where(s => s.PurposeId == p.Id).ToList();
            var all = mine.FirstOrDefault(s => s.Scope == ConsentState.AllChannels);
            return new ConsentStateView(p.Key, p.Name, StateName(all), all?.OccurredAt,
                mine.Where(s => s.Scope != ConsentState.AllChannels).ToDictionary(s => s.Scope, StateName));
        })];
    }

    public async Task<IReadOnlyList<ConsentEventView>> HistoryAsync(Guid contactId, CancellationToken ct)
    {
        await EnsureContactAsync(contactId, ct);
        var keys = await db.Set<ConsentPurpose>().AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Key, ct);
        var events = await db.Set<ConsentEvent>().AsNoTracking().Where(e => e.ContactId == contactId)
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).ToListAsync(ct);
        return [.. events.Select(e => ViewOf(e, keys.GetValueOrDefault(e.PurposeId, "?")))];
    }

    public async Task<(EmailView Email, long Version)> RecordBounceAsync(Guid contactId, Guid emailId, BounceRequest request, CancellationToken ct)
    {
        if (request.Status is not { } status)
        {
            throw ValidationFailedException.For("status", "The bounce status is required: none, soft or hard.");
        }

        if (request.Diagnostic is { Length: > 1000 })
        {
            throw ValidationFailedException.For("diagnostic", "Must be at most 1000 characters.");
        }

        var contact = await db.LoadAsync(contactId, ct);
        var email = contact.Emails.FirstOrDefault(e => e.Id == emailId) ?? throw new NotFoundException("The e-mail entry");
        email.RecordBounce(status, request.OccurredAt?.ToUniversalTime() ?? clock.GetUtcNow().UtcDateTime, request.Diagnostic?.Trim());
        await db.SaveChangesAsync(ct);
        return (EmailView.From(email), contact.Version);
    }

    /// <summary>The consent states shown as named values on the contact: "directMarketing" → "granted".</summary>
    internal static IReadOnlyDictionary<string, string> NamedStates(IEnumerable<(Guid Id, string Key)> purposes, IEnumerable<ConsentState> states)
    {
        var byPurpose = states.Where(s => s.Scope == ConsentState.AllChannels).ToDictionary(s => s.PurposeId);
        return purposes.ToDictionary(p => PlaceholderName(p.Key), p => StateName(byPurpose.GetValueOrDefault(p.Id)));
    }

    /// <summary>"direct-marketing" → "directMarketing".</summary>
    public static string PlaceholderName(string key) =>
        string.Concat(key.Split('-').Select((part, i) => i == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    internal Task<ConsentPurpose?> FindPurposeAsync(string? key, ValidationErrors errors, CancellationToken ct, string field = "purpose") =>
        FindPurposeAsync(db, key, errors, ct, field);

    internal static async Task<ConsentPurpose?> FindPurposeAsync(AppDbContext db, string? key, ValidationErrors errors, CancellationToken ct, string field)
    {
        var normalized = key?.Trim().ToLowerInvariant();
        var purpose = normalized is null ? null : await db.Set<ConsentPurpose>().AsNoTracking().FirstOrDefaultAsync(p => p.Key == normalized, ct);
        if (purpose is null)
        {
            errors.Add(field, $"Unknown consent purpose '{key}'.");
        }

        return purpose;
    }

    internal static bool IsKey(string value) => KeyShape().IsMatch(value);

    private Task RequireTextAsync(Guid? textId, ConsentPurpose? purpose, ValidationErrors errors, CancellationToken ct) =>
        RequireTextAsync(db, textId, purpose, errors, ct, "textId");

    internal static async Task RequireTextAsync(AppDbContext db, Guid? textId, ConsentPurpose? purpose, ValidationErrors errors, CancellationToken ct, string field)
    {
        if (textId is null)
        {
            errors.Add(field, "The id of the consent text version the person saw is required.");
        }
        else if (purpose is not null && !await db.Set<ConsentText>().AnyAsync(t => t.Id == textId && t.PurposeId == purpose.Id, ct))
        {
            errors.Add(field, "No text version with this id belongs to the purpose.");
        }
    }

    private async Task EnsureContactAsync(Guid contactId, CancellationToken ct)
    {
        if (!await db.Contacts.AnyAsync(c => c.Id == contactId, ct))
        {
            throw new NotFoundException("The contact");
        }
    }

    private static string StateName(ConsentState? state) => state is null ? "none" : state.Granted ? "granted" : "withdrawn";

    private static ConsentEventView ViewOf(ConsentEvent e, string purposeKey) => new(
        e.Id, purposeKey, e.Channel, e.Granted, e.OccurredAt, e.RecordedAt, JsonName(e.SourceKind.ToString()), e.SourceName, e.Source,
        e.Method, e.TextId, e.IpAddress, e.UserAgent);

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    [GeneratedRegex("^[a-z][a-z0-9-]{1,48}[a-z0-9]$")]
    private static partial Regex KeyShape();
}
