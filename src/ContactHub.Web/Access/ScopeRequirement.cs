using Microsoft.AspNetCore.Authorization;

namespace ContactHub.Web.Access;

/// <summary>
/// Part of the organisation policy: the key holds the scope the endpoint requires (<see cref="RequiredScope"/>).
/// An endpoint that declares none is refused, so a new endpoint cannot be reached by accident before it is given one.
/// </summary>
public sealed class ScopeRequirement : AuthorizationHandler<ScopeRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        var endpoint = context.Resource switch
        {
            HttpContext http => http.GetEndpoint(),
            Endpoint e => e,
            _ => null,
        };
        if (endpoint?.Metadata.GetMetadata<RequiredScope>() is { } required && context.User.HasClaim(AccessPolicies.ScopeClaim, required.Scope))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
