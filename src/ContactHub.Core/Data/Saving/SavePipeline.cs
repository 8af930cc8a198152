using ContactHub.Audit;
using ContactHub.Contacts.IdentityDocuments;
using ContactHub.Contacts.Search;
using ContactHub.Contacts.Uniqueness;
using ContactHub.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Data.Saving;

/// <summary>The ordered steps every save runs before it writes (<see cref="AddSaveSteps"/> says which, and in what order).</summary>
public sealed class SavePipeline(IEnumerable<ISaveStep> steps)
{
    public IReadOnlyList<ISaveStep> Steps { get; } = [.. steps];

    public async Task RunAsync(AppDbContext db, CancellationToken ct)
    {
        foreach (var step in Steps)
        {
            await step.BeforeSaveAsync(db, ct);
        }
    }
}

public static class SaveSteps
{
    /// <summary>
    /// The one place the save steps are registered; their order is the order they run in. A new concern of every
    /// save (outbox rows, webhook events, indicators) is a step added here, not a change of the data context.
    /// </summary>
    public static IServiceCollection AddSaveSteps(this IServiceCollection services) => services
        // Compares the plain values of contacts and their e-mails and phones, so it runs before sealing.
        .AddSingleton<ISaveStep, UniquenessGuard>()
        // Adds and removes search-key rows of new, renamed and deleted contacts; they are not audited.
        .AddSingleton<ISaveStep, SearchKeys>()
        .AddSingleton<ISaveStep, IdentityDocumentSealing>()
        // Records every change made so far (the sealed documents, never the plain ones) and bumps contact versions.
        .AddSingleton<ISaveStep, AuditTrail>()
        // After the audit: a contact's confidentiality raised by a privacy-level rule is recorded as the rule's change.
        .AddSingleton<ISaveStep, Definitions.PrivacyLevels.PrivacyLevelAssignment>()
        // Last: any definition row the steps above or the caller changed renews its organisation's stamp.
        .AddSingleton<ISaveStep, DefinitionStamps>()
        .AddSingleton<SavePipeline>();
}
