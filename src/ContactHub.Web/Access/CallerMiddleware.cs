using ContactHub.Access;

namespace ContactHub.Web.Access;

/// <summary>Turns the authenticated principal into the request's <see cref="Caller"/>, which scopes every query and signs every audit entry.</summary>
public sealed class CallerMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CallerContext callerContext)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            Guid? organisationId = Guid.TryParse(user.FindFirst(AccessPolicies.OrganisationClaim)?.Value, out var id) ? id : null;
            var clearance = Enum.TryParse<Clearance>(user.FindFirst(AccessPolicies.ClearanceClaim)?.Value, out var c) ? c : Clearance.Free;
            var maySeeIdentityDocuments = user.HasClaim(AccessPolicies.IdentityDocumentsClaim, AccessPolicies.Reveal);
            if (Guid.TryParse(user.FindFirst(AccessPolicies.KeyIdClaim)?.Value, out var keyId))
            {
                callerContext.Current = new Caller(organisationId, ActorKind.ApiKey, keyId, $"API key {user.Identity.Name}", "api", clearance, maySeeIdentityDocuments);
            }
            else if (Guid.TryParse(user.FindFirst(BackOfficeAccess.OperatorIdClaim)?.Value, out var operatorId) && organisationId is not null)
            {
                callerContext.Current = new Caller(organisationId, ActorKind.Operator, operatorId, user.Identity.Name ?? "operator", "ui", clearance, maySeeIdentityDocuments);
            }
        }

        return next(context);
    }
}
