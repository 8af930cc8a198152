using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using ContactHub.Access;
using ContactHub.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace ContactHub.Web.Access;

/// <summary>
/// "Authorization: Bearer &lt;key&gt;". The key is hashed and looked up; its organisation, id and clearance become
/// claims, from which <see cref="CallerMiddleware"/> sets the request's caller. The secret itself is never logged.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AppDbContext db, IMemoryCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>How long a key's lookup is reused: a revoked key stops working within this time.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    /// <summary>Revoking through this instance forgets the entry at once; other instances notice within <see cref="CacheFor"/>.</summary>
    public static string CacheKey(string hash) => "apikey:" + hash;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = ApiKey.HashOf(header["Bearer ".Length..].Trim());
        // Every API request authenticates; a short cache spares the lookup while keeping revocation prompt.
        // Only keys that exist are cached: caching misses would let random guesses fill the memory.
        if (!cache.TryGetValue(CacheKey(hash), out ApiKey? key))
        {
            key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Hash == hash, Context.RequestAborted);
            if (key is not null)
            {
                cache.Set(CacheKey(hash), key, CacheFor);
            }
        }

        if (key is null || key.RevokedAt is not null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        List<Claim> claims =
        [
            new(ClaimTypes.Name, key.Name),
            new(AccessPolicies.KeyIdClaim, key.Id.ToString()),
            new(AccessPolicies.ClearanceClaim, key.Clearance.ToString()),
        ];
        claims.AddRange(ApiScopes.Split(key.Scopes).Select(scope => new Claim(AccessPolicies.ScopeClaim, scope)));
        if (key.MaySeeIdentityDocuments)
        {
            claims.Add(new(AccessPolicies.IdentityDocumentsClaim, AccessPolicies.Reveal));
        }

        if (key.OrganisationId is { } organisationId)
        {
            claims.Add(new(AccessPolicies.OrganisationClaim, organisationId.ToString("D", CultureInfo.InvariantCulture)));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return base.HandleChallengeAsync(properties);
    }
}
