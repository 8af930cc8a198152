using ContactHub.Access;
using ContactHub.Audit;
using ContactHub.Contacts;
using ContactHub.Contacts.ContactPoints;
using ContactHub.Contacts.IdentityDocuments;
using ContactHub.Data;
using ContactHub.Data.Saving;
using ContactHub.Imports;
using ContactHub.Organisations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers the data context and the core services every host (web, runs, benchmarks) uses.</summary>
    public static IServiceCollection AddContactHubCore(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        // Contexts come from a pool and act for the scope's caller. A new context sets up EF's internal services
        // (type mappings, translators, loggers) before its first query, a large share of a primary-key read's cost.
        // A pooled context keeps them and is only reset when it comes back.
        services.AddPooledDbContextFactory<AppDbContext>(options => Database.Configure(options, provider, connectionString));
        services.AddScoped(scope => scope.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext().ActingFor(
            scope.GetRequiredService<CallerContext>(), scope.GetRequiredService<DataContextServices>()));
        services.AddSingleton(TimeProvider.System);
        // One key ring in the database: every instance on it unseals what another sealed and reads its cookies.
        services.AddDataProtection().SetApplicationName("ContactHub").PersistKeysToDbContext<AppDbContext>();
        services.AddSingleton<IdentityDocumentSealer>();
        services.AddDataContextServices();
        services.AddScoped<CallerContext>();
        services.AddScoped<OrganisationService>();
        services.AddScoped<ContactService>();
        services.AddScoped<Contacts.Listing.ContactListService>();
        services.AddScoped<Contacts.Statistics.ContactStatistics>();
        services.AddScoped<Contacts.Statistics.StatisticsSnapshots>();
        services.AddScoped<Contacts.Statistics.DashboardFigures>();
        services.AddSingleton(Contacts.Statistics.DashboardOptions.Default);
        services.AddScoped<Runs.IRunKind, Contacts.Statistics.DashboardFiguresRun>();
        services.AddScoped<ContactPointService>();
        services.AddScoped<ContactLinkService>();
        services.AddScoped<HistoryService>();
        services.AddScoped<Consent.ConsentService>();
        services.AddScoped<Definitions.ConsentDefinitionService>();
        services.AddScoped<Definitions.UniquenessDefinitionService>();
        services.AddScoped<Definitions.Lists.ListDefinitionService>();
        services.AddScoped<Definitions.DefinitionService>();
        services.AddScoped<Definitions.PrivacyLevels.PrivacyLevelService>();
        services.AddScoped<Consent.Reachability.ReachabilityService>();
        services.AddScoped<OperatorSignIn>();
        services.AddScoped<OperatorService>();
        services.AddScoped<OperatorPreferenceService>();
        services.AddScoped<ContactImporter>();
        services.AddScoped<IImportUniquenessCheck, DefinitionUniquenessCheck>();
        services.AddScoped<NameDays.NameDayDefinitionService>();
        services.AddScoped<Runs.RunService>();
        services.AddScoped<Runs.IRunKind, NameDays.NameDayRun>();
        services.AddSingleton<Runs.IScheduledRunSource, NameDays.NameDayRunSchedules>();
        services.AddScoped<Contacts.RecycleBin.RecycleBinService>();
        services.AddScoped<Runs.IRunKind, Contacts.RecycleBin.RecycleBinPurge>();
        services.AddSingleton<Runs.IScheduledRunSource, Contacts.RecycleBin.RecycleBinPurgeSchedule>();
        services.AddScoped<Contacts.Bulk.BulkActionWork>();
        services.AddScoped<Contacts.Bulk.BulkActionService>();
        services.AddScoped<Runs.IRunKind, Contacts.Bulk.ContactsBulkActionRun>();
        services.AddSingleton<Runs.RunExecutor>();
        services.AddSingleton<Runs.RunMaintenance>();
        services.AddScoped<CustomFields.CustomFieldDefinitionService>();
        services.AddScoped<Segments.SegmentService>();
        services.AddScoped<Criteria.CriterionService>();
        services.AddScoped<Interactions.InteractionService>();
        return services;
    }

    /// <summary>What every data context works with (<see cref="DataContextServices"/>); needs a TimeProvider and an IdentityDocumentSealer.</summary>
    public static IServiceCollection AddDataContextServices(this IServiceCollection services) => services
        .AddSaveSteps()
        .AddSingleton<Definitions.DefinitionSnapshots>()
        .AddSingleton<DataContextServices>();
}
