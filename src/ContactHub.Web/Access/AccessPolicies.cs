namespace ContactHub.Web.Access;

/// <summary>
/// The authorization policies of the API: system keys manage tenants, organisation keys work inside one, each
/// endpoint only with the scope it requires (<see cref="RequiredScope"/>).
/// </summary>
public static class AccessPolicies
{
    public const string System = "system";
    public const string Organisation = "organisation";

    public const string OrganisationClaim = "contacthub:organisation";
    public const string KeyIdClaim = "contacthub:key";
    public const string ClearanceClaim = "contacthub:clearance";

    /// <summary>One per <see cref="ContactHub.Access.ApiScopes">scope</see> the API key holds.</summary>
    public const string ScopeClaim = "contacthub:scope";

    /// <summary>Present with <see cref="Reveal"/> when the caller reads identity documents unmasked.</summary>
    public const string IdentityDocumentsClaim = "contacthub:identity-documents";
    public const string Reveal = "reveal";

    public static IServiceCollection AddAccessPolicies(this IServiceCollection services)
    {
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(System, p => p.RequireAuthenticatedUser().RequireAssertion(c => !c.User.HasClaim(x => x.Type == OrganisationClaim)))
            .AddPolicy(Organisation, p => p.RequireAuthenticatedUser().RequireClaim(OrganisationClaim).AddRequirements(new ScopeRequirement()));
        return services;
    }
}
