using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using ContactHub.Access;
using ContactHub.Contacts.IdentityDocuments;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ContactHub.Web.Access;

/// <summary>
/// Operators sign in to the back office with a cookie, a scheme of its own next to the API keys: the API
/// authenticates Bearer keys only, the pages only the cookie. Policies gate by role.
/// </summary>
public static class BackOfficeAccess
{
    public const string Scheme = "BackOffice";
    public const string Viewer = "backoffice-viewer";
    public const string Editor = "backoffice-editor";
    public const string Administrator = "backoffice-administrator";
    public const string LoginRateLimit = "login";

    public const string OperatorIdClaim = "contacthub:operator";
    public const string StampClaim = "contacthub:stamp";

    public static IServiceCollection AddBackOfficeAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IOperatorPasswordHasher, OperatorPasswordHasher>();
        services.AddAuthentication().AddCookie(Scheme, o =>
        {
            o.Cookie.Name = "contacthub.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = ValidateSessionAsync;
            // A refused role is a 403 at the address asked for; the status code pages render it as the error page.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Viewer, p => RequireRoles(p, OperatorRole.Viewer, OperatorRole.Operator, OperatorRole.Administrator))
            .AddPolicy(Editor, p => RequireRoles(p, OperatorRole.Operator, OperatorRole.Administrator))
            .AddPolicy(Administrator, p => RequireRoles(p, OperatorRole.Administrator));

        // Slows password guessing from one address; the per-account lockout stops guessing one account from many.
        var perMinute = configuration.GetValue("ContactHub:Login:AttemptsPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return services;
    }

    public static ClaimsPrincipal PrincipalFor(Operator account) => new(new ClaimsIdentity(
        [
            .. IdentityDocumentMask.Reveals(account.Role) ? [new Claim(AccessPolicies.IdentityDocumentsClaim, AccessPolicies.Reveal)] : Array.Empty<Claim>(),
            new Claim(ClaimTypes.Name, account.DisplayName),
            new Claim(ClaimTypes.Email, account.Email),
            new Claim(ClaimTypes.Role, account.Role.ToString()),
            new Claim(OperatorIdClaim, account.Id.ToString()),
            new Claim(StampClaim, account.SecurityStamp),
            new Claim(AccessPolicies.OrganisationClaim, account.OrganisationId.ToString("D", CultureInfo.InvariantCulture)),
            new Claim(AccessPolicies.ClearanceClaim, account.Clearance.ToString()),
        ],
        Scheme));

    private static void RequireRoles(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder policy, params OperatorRole[] roles) =>
        policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser().RequireRole(roles.Select(r => r.ToString()));

    // Every request: one primary-key read. A disabled operator or a changed stamp (password, role, clearance) ends the session at once.
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var valid = Guid.TryParse(principal?.FindFirst(OperatorIdClaim)?.Value, out var id)
            && principal!.FindFirst(StampClaim)?.Value is { } stamp
            && await context.HttpContext.RequestServices.GetRequiredService<OperatorSignIn>().IsSessionValidAsync(id, stamp, context.HttpContext.RequestAborted);
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
    }
}
