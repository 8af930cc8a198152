using System.Text.Json;
using System.Text.Json.Serialization;
using ContactHub;
using ContactHub.Access;
using ContactHub.Data;
using ContactHub.Web.Access;
using ContactHub.Web.Api;
using ContactHub.Web.Api.Consent;
using ContactHub.Web.Api.Contacts;
using ContactHub.Web.Api.Definitions;
using ContactHub.Web.Api.Documentation;
using ContactHub.Web.Api.CustomFields;
using ContactHub.Web.Api.Criteria;
using ContactHub.Web.Api.Interactions;
using ContactHub.Web.Api.Imports;
using ContactHub.Web.Api.Runs;
using ContactHub.Web.Api.Segments;
using ContactHub.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
// No banner naming the server software (SecurityHeaders sets the rest).
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

var (provider, connectionString) = DatabaseStartup.ReadSettings(builder.Configuration);
builder.Services.AddContactHubCore(provider, connectionString);
// A segment's groups are the contact list's query parameters, read by the list's own parser.
builder.Services.AddSingleton<ContactHub.Segments.ContactQueryReader>(ContactListRequest.QueryOf);
builder.Services.AddKeyRingProtection(builder.Configuration);
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
});
builder.Services.AddMemoryCache();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemMapping>();
builder.Services.AddAccessPolicies();
builder.Services.AddOpenApi(o => o.Complete());
builder.Services.AddBackOffice(builder.Configuration);
builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
builder.Services.AddBackgroundRuns(builder.Configuration);

var app = builder.Build();

app.UseSecurityHeaders();
app.UseErrorResponses();
app.UseStaticFiles();
app.UseBackOffice();
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<CallerMiddleware>();
app.UseMiddleware<IdempotencyMiddleware>();

app.MapOpenApi();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
app.MapBackOffice();

var api = app.MapGroup("/api/v1").RefuseUnknownQueryParameters();
api.MapOrganisationsApi();
var tenant = api.MapGroup(string.Empty).RequireAuthorization(AccessPolicies.Organisation);
// Every tenant endpoint requires one API key scope (ScopeRequirement refuses one without): by group, GET reads, the rest writes.
tenant.MapContactsApi().MapContactPointsApi().MapContactLinksApi().MapConsentApi().RequireScopes(ApiScopes.ContactsRead, ApiScopes.ContactsWrite);
tenant.MapRecycleBinApi().RequireScopes(ApiScopes.ContactsRead, ApiScopes.ContactsWrite);
tenant.MapBulkActionsApi().RequireScopes(ApiScopes.ContactsRead, ApiScopes.ContactsWrite);
tenant.MapDefinitionApi().RequireScopes(ApiScopes.DefinitionRead, ApiScopes.DefinitionWrite);
tenant.MapReachabilityBatchApi();
tenant.MapImportsApi().RequireScope(ApiScopes.Imports);
tenant.MapNameDayDefinitionApi().RequireScopes(ApiScopes.DefinitionRead, ApiScopes.DefinitionWrite);
tenant.MapRunsApi().RequireScope(ApiScopes.Runs);
tenant.MapSegmentsApi().RequireScopes(ApiScopes.ContactsRead, ApiScopes.ContactsWrite);
tenant.MapCustomFieldsApi().RequireScopes(ApiScopes.DefinitionRead, ApiScopes.DefinitionWrite);
tenant.MapCriteriaApi().RequireScopes(ApiScopes.DefinitionRead, ApiScopes.DefinitionWrite);
tenant.MapInteractionsApi().RequireScopes(ApiScopes.ContactsRead, ApiScopes.ContactsWrite);

await DatabaseStartup.InitializeAsync(app.Services, app.Configuration, app.Logger, app.Lifetime.ApplicationStopping);
await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
