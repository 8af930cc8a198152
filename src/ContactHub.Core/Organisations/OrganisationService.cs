using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Organisations;

/// <summary>A new organisation; <see cref="TimeZone"/> (IANA) left out is UTC.</summary>
public sealed record OrganisationRequest(string? Name, string? DefaultCountry, string? TimeZone = null);

/// <summary>An organisation's settings as its administrators see them.</summary>
public sealed record OrganisationSettings(Guid Id, string Name, string DefaultCountry, string TimeZone);

/// <summary>A new key: <see cref="Scopes"/> left out means every scope (<see cref="ApiScopes"/>).</summary>
public sealed record ApiKeyRequest(string? Name, Clearance? Clearance, bool? MaySeeIdentityDocuments = null, IReadOnlyList<string?>? Scopes = null);

/// <summary>An API key as shown once at creation: the secret is never stored and cannot be read again.</summary>
public sealed record CreatedApiKey(
    Guid Id, Guid OrganisationId, string Name, Clearance Clearance, string Key, DateTime CreatedAt, bool MaySeeIdentityDocuments, IReadOnlyList<string> Scopes);

/// <summary>An API key as listed: enough to tell keys apart and see whether one is revoked.</summary>
public sealed record ApiKeyView(
    Guid Id, string Name, string DisplayPrefix, Clearance Clearance, DateTime CreatedAt, DateTime? RevokedAt, bool MaySeeIdentityDocuments, IReadOnlyList<string> Scopes);

/// <summary>Tenants and their credentials. Only system callers (and start-up) manage organisations.</summary>
public sealed class OrganisationService(AppDbContext db, TimeProvider clock)
{
    public async Task<Organisation> CreateAsync(OrganisationRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
        {
            errors.Add("name", "A name of 1 to 200 characters is required.");
        }

        var country = errors.Capture("defaultCountry", () => CountryCode.Parse(request.DefaultCountry ?? "CH"));
        var zone = errors.Capture("timeZone", () => DisplayZone.Parse(request.TimeZone ?? Organisation.DefaultTimeZone));
        errors.ThrowIfAny();

        var now = clock.GetUtcNow().UtcDateTime;
        var organisation = new Organisation(name!, country!, now);
        organisation.ChangeTimeZone(zone!);
        db.Organisations.Add(organisation);
        Consent.ConsentDefaults.Seed(db, organisation.Id, now);
        await db.SaveChangesAsync(ct);
        return organisation;
    }

    /// <summary>The caller's organisation.</summary>
    public async Task<OrganisationSettings> SettingsAsync(CancellationToken ct)
    {
        var organisation = await OwnAsync(ct);
        return new OrganisationSettings(organisation.Id, organisation.Name, organisation.DefaultCountry, organisation.TimeZone);
    }

    /// <summary>Sets the zone the back office shows times in for the caller's operators who chose none.</summary>
    public async Task<OrganisationSettings> SetTimeZoneAsync(string? timeZone, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var zone = errors.Capture("timeZone", () => DisplayZone.Parse(timeZone));
        errors.ThrowIfAny();
        var organisation = await OwnAsync(ct);
        organisation.ChangeTimeZone(zone!);
        await db.SaveChangesAsync(ct);
        return new OrganisationSettings(organisation.Id, organisation.Name, organisation.DefaultCountry, organisation.TimeZone);
    }

    public async Task<CreatedApiKey> CreateApiKeyAsync(Guid organisationId, ApiKeyRequest request, CancellationToken ct)
    {
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
        {
            throw ValidationFailedException.For("name", "A name of 1 to 200 characters is required.");
        }

        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
        {
            throw new NotFoundException("The organisation");
        }

        var (clearance, maySeeIdentityDocuments) = (request.Clearance ?? Clearance.Free, request.MaySeeIdentityDocuments ?? false);
        var scopes = ApiScopes.Parse(request.Scopes, "scopes");
        // The grantor is whom the context acts for: the page's administrator, or the system key on the API.
        Grants.EnsureWithin(db.Caller, clearance, maySeeIdentityDocuments, "clearance", "maySeeIdentityDocuments");
        var (key, secret) = ApiKey.CreateFor(organisationId, name, clearance, clock.GetUtcNow().UtcDateTime, maySeeIdentityDocuments, scopes);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return new CreatedApiKey(key.Id, organisationId, key.Name, key.Clearance, secret, key.CreatedAt, key.MaySeeIdentityDocuments, scopes);
    }

    /// <summary>The organisation's keys, newest first; secrets are never readable.</summary>
    public async Task<IReadOnlyList<ApiKeyView>> ListApiKeysAsync(Guid organisationId, CancellationToken ct) =>
        [.. (await db.ApiKeys.AsNoTracking()
            .Where(k => k.OrganisationId == organisationId)
            .OrderByDescending(k => k.CreatedAt)
            .ToListAsync(ct))
            .Select(k => new ApiKeyView(k.Id, k.Name, k.DisplayPrefix, k.Clearance, k.CreatedAt, k.RevokedAt, k.MaySeeIdentityDocuments, ApiScopes.Split(k.Scopes)))];

    /// <summary>Revokes the key and returns its hash, so the host can forget any cached lookup of it at once.</summary>
    public async Task<string> RevokeApiKeyAsync(Guid organisationId, Guid keyId, CancellationToken ct)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId && k.OrganisationId == organisationId, ct)
            ?? throw new NotFoundException("The API key");
        key.Revoke(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return key.Hash;
    }

    private async Task<Organisation> OwnAsync(CancellationToken ct) =>
        await db.Organisations.FirstOrDefaultAsync(o => o.Id == db.Caller.OrganisationId, ct) ?? throw new NotFoundException("The organisation");

    /// <summary>Makes the configured secret a system key (idempotent across restarts).</summary>
    public async Task EnsureSystemKeyAsync(string secret, CancellationToken ct)
    {
        var hash = ApiKey.HashOf(secret);
        if (!await db.ApiKeys.AnyAsync(k => k.Hash == hash, ct))
        {
            db.ApiKeys.Add(ApiKey.System("bootstrap", secret, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
        }
    }
}
