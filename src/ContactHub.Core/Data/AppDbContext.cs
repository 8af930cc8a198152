using System.Linq.Expressions;
using ContactHub.Access;
using ContactHub.Audit;
using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Contacts.CompanyLinks;
using ContactHub.Contacts.ContactPoints;
using ContactHub.Contacts.IdentityDocuments;
using ContactHub.Contacts.Relations;
using ContactHub.Contacts.Search;
using ContactHub.Data.Saving;
using ContactHub.Definitions;
using ContactHub.Idempotency;
using ContactHub.Organisations;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ContactHub.Data;

/// <summary>
/// The one data context, for SQLite and PostgreSQL alike. Every organisation-owned entity carries a query filter
/// on the caller's organisation, so a query can only see the current tenant's rows (and none without a tenant);
/// every save first runs the app's <see cref="SavePipeline"/> (uniqueness, search keys, sealing, audit, definition
/// stamps). It also holds the Data Protection key ring, so
/// every app instance on one database shares the keys (cookies, sealed documents).
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    // Set by ActingFor on every lease: the app's contexts come from a pool (one constructor, taking only the options),
    // so who they act for cannot be a constructor argument. Until then, and again once returned, a context acts for
    // nobody: no organisation, so its query filters let no organisation's rows through.
    private CallerContext _callerContext = new();
    private DataContextServices? _services;

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Operator> Operators => Set<Operator>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<ContactEmail> ContactEmails => Set<ContactEmail>();
    public DbSet<ContactPhone> ContactPhones => Set<ContactPhone>();
    public DbSet<ContactAddress> ContactAddresses => Set<ContactAddress>();
    public DbSet<ContactCategory> ContactCategories => Set<ContactCategory>();
    public DbSet<ContactAccessibilityNeed> ContactAccessibilityNeeds => Set<ContactAccessibilityNeed>();
    public DbSet<ContactSearchKey> ContactSearchKeys => Set<ContactSearchKey>();
    public DbSet<ContactRelation> ContactRelations => Set<ContactRelation>();
    public DbSet<CompanyLink> CompanyLinks => Set<CompanyLink>();
    public DbSet<ContactPhoto> ContactPhotos => Set<ContactPhoto>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public Caller Caller => _callerContext.Current;

    internal DateTime Now => Services.Clock.GetUtcNow().UtcDateTime;

    /// <summary>Read by the query filters on every query, so the tenant is a parameter, not baked into the model.</summary>
    internal Guid? CurrentOrganisationId => _callerContext.OrganisationId;

    /// <summary>Read by the contact filter: a contact above the caller's clearance does not exist for that caller.</summary>
    internal Clearance CurrentClearance => _callerContext.Current.Clearance;

    internal IdentityDocumentSealer Sealer => Services.Sealer;

    /// <summary>The per-organisation copies of the definition that reads use (see <see cref="DefinitionSnapshots"/>).</summary>
    internal DefinitionSnapshots Definitions => Services.Definitions;

    private DataContextServices Services => _services ?? throw new InvalidOperationException("The data context was not told whom it acts for (ActingFor).");

    /// <summary>
    /// Makes this context act for <paramref name="callerContext"/> (its tenant and clearance filters, its audit
    /// entries), with the app's clock, sealer, save steps and definition copies. Every context the app uses gets this first.
    /// </summary>
    public AppDbContext ActingFor(CallerContext callerContext, DataContextServices services)
    {
        _callerContext = callerContext;
        _services = services;
        return this;
    }

    /// <summary>A context going back to the pool forgets its caller, so a lease that skipped ActingFor sees nothing.</summary>
    public override ValueTask DisposeAsync()
    {
        ForgetCaller();
        return base.DisposeAsync();
    }

    public override void Dispose()
    {
        ForgetCaller();
        base.Dispose();
    }

    private void ForgetCaller() => _callerContext = new CallerContext();

    /// <summary>
    /// A second context on the same database acting for the same caller (same tenant and clearance filters), for
    /// a read that runs beside this context's own: one context runs one query at a time. The caller disposes it.
    /// </summary>
    internal AppDbContext Sibling() => new AppDbContext((DbContextOptions<AppDbContext>)this.GetService<IDbContextOptions>()).ActingFor(_callerContext, Services);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        // No synchronization context in this app: blocking here cannot deadlock; the app itself saves asynchronously.
        Services.SavePipeline.RunAsync(this, CancellationToken.None).GetAwaiter().GetResult();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await Services.SavePipeline.RunAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // Ids are made by the entities (UUIDv7), never by the database; this also tells EF that a part added
        // to a loaded contact's collection is new (an insert), not an existing row to update.
        foreach (var key in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetKeys()).SelectMany(k => k.Properties).Where(p => p.ClrType == typeof(Guid)))
        {
            key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
        }

        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => typeof(IOrganisationOwned).IsAssignableFrom(t.ClrType)))
        {
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(QueryFilters.Tenant, TenantFilter(entityType.ClrType));
        }

        if (Database.IsNpgsql())
        {
            // Byte order for the folded name key and the normalised e-mail: a prefix LIKE can then use the b-tree index
            // (any other collation cannot). Both are already folded, so byte order is the only order they need.
            modelBuilder.Entity<Contact>().Property(c => c.NameKey).UseCollation("C");
            modelBuilder.Entity<ContactEmail>().Property(e => e.Normalized).UseCollation("C");
            modelBuilder.Entity<ContactPhone>().Property(p => p.ReversedDigits).UseCollation("C");
            modelBuilder.Entity<ContactSearchKey>().Property(k => k.Key).UseCollation("C");
            modelBuilder.Entity<ContactSearchKey>().Property(k => k.NameKey).UseCollation("C");
        }

        modelBuilder.Entity<Contact>()
            .HasQueryFilter(QueryFilters.Tenant, c => c.OrganisationId == CurrentOrganisationId && c.Confidentiality <= CurrentClearance)
            // A contact in the recycle bin is absent from every path but the bin's own (QueryFilters.WithRecycleBin).
            .HasQueryFilter(QueryFilters.RecycleBin, c => c.DeletedAt == null);
    }

    // e => (Guid?)e.OrganisationId == this.CurrentOrganisationId
    private LambdaExpression TenantFilter(Type entityType)
    {
        var entity = Expression.Parameter(entityType, "e");
        var owner = Expression.Convert(Expression.Property(entity, nameof(IOrganisationOwned.OrganisationId)), typeof(Guid?));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentOrganisationId));
        return Expression.Lambda(Expression.Equal(owner, current), entity);
    }
}
