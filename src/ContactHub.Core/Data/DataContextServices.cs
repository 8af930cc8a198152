using ContactHub.Contacts.IdentityDocuments;
using ContactHub.Data.Saving;
using ContactHub.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Data;

/// <summary>
/// The app's singletons a data context works with, handed to every leased context by
/// <see cref="AppDbContext.ActingFor"/>: a pooled context is built from its options alone, so it cannot take them
/// in its constructor. One instance per app, from DI.
/// </summary>
public sealed class DataContextServices(TimeProvider clock, IdentityDocumentSealer sealer, SavePipeline savePipeline, DefinitionSnapshots definitions)
{
    public TimeProvider Clock { get; } = clock;

    public IdentityDocumentSealer Sealer { get; } = sealer;

    public SavePipeline SavePipeline { get; } = savePipeline;

    public DefinitionSnapshots Definitions { get; } = definitions;

    /// <summary>The same singletons outside a host (design-time tools, tests), from the same registrations as the app's.</summary>
    public static DataContextServices Standalone(IdentityDocumentSealer sealer, TimeProvider clock) =>
        new ServiceCollection().AddSingleton(clock).AddSingleton(sealer).AddDataContextServices()
            .BuildServiceProvider().GetRequiredService<DataContextServices>();
}
