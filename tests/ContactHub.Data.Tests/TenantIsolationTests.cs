using System.Linq.Expressions;
using System.Reflection;
using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Definitions;
using ContactHub.Idempotency;
using ContactHub.Organisations;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ContactHub.Data.Tests;

/// <summary>
/// Tenant isolation of every organisation-owned table, found in the EF model rather than listed here, so a new
/// type is covered the day it is mapped: its rows are read only by their organisation (the query filters), and
/// a save that adds a row of another organisation is refused whole (the audit trail's guard).
/// </summary>
public sealed partial class TenantIsolationTests
{
    // The model's types without a tenant. Listed by hand on purpose: a new type is either organisation-owned (and then
    // covered by these tests without anyone remembering to) or someone decides here, with the reason, that it is global.
    private static readonly Dictionary<Type, string> GlobalTypes = new()
    {
        [typeof(Organisation)] = "the tenants themselves, managed by system callers",
        [typeof(ApiKey)] = "found by the hash of the presented key before the caller's organisation is known",
        [typeof(DataProtectionKey)] = "the key ring every instance shares (cookies, sealed documents)",
    };

    private static readonly MethodInfo OwnersMethod =
        typeof(TenantIsolationTests).GetMethod(nameof(OwnersOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo FirstMethod =
        typeof(TenantIsolationTests).GetMethod(nameof(FirstOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Read_EveryOrganisationOwnedType_ShowsOnlyTheCallersRows(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await MigrateAsync(database);
        var a = await CreateOrganisationAsync(database, "Alpha");
        var b = await CreateOrganisationAsync(database, "Beta");
        // The same workload, the same keys and codes in both: a leak between them would also surface as a clash.
        await SeedWorkloadAsync(database, a);
        await SeedWorkloadAsync(database, b);

        await using var nobody = database.Context();
        var types = OrganisationOwnedTypes(nobody.Model);
        AssertEveryOtherTypeIsDeclaredGlobal(nobody.Model);
        Assert.Contains(types, t => t.ClrType == typeof(Contact)); // the discovery itself works

        var unseeded = new List<string>();
        await using var actingForA = database.Context(a);
        await using var actingForB = database.Context(b);
        foreach (var type in types)
        {
            AssertTenantFilter(type);
            var stored = await OwnersAsync(nobody, type, ignoreFilters: true);
            if (stored.Count(o => o == a) == 0 || stored.Count(o => o == b) == 0)
            {
                unseeded.Add(type.ClrType.Name);
                continue;
            }

            foreach (var (organisationId, db) in new[] { (a, actingForA), (b, actingForB) })
            {
                var seen = await OwnersAsync(db, type);
                var foreign = seen.Count(o => o != organisationId);
                Assert.True(foreign == 0, $"{type.ClrType.Name}: acting for one organisation read {foreign} row(s) of another.");
                Assert.True(seen.Count == stored.Count(o => o == organisationId),
                    $"{type.ClrType.Name}: acting for an organisation read {seen.Count} of its {stored.Count(o => o == organisationId)} row(s).");
            }

            var unscoped = await OwnersAsync(nobody, type);
            Assert.True(unscoped.Count == 0, $"{type.ClrType.Name}: a context acting for no organisation read {unscoped.Count} row(s).");
        }

        if (unseeded.Count > 0)
        {
            Assert.Fail($"No row for each organisation of {string.Join(", ", unseeded)}: extend SeedWorkloadAsync "
                + "(TenantIsolationTests.Workload.cs) so every organisation-owned type has rows in both organisations.");
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Save_AddsARowOfAnotherOrganisation_IsRefusedAndNothingIsWritten(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (a, b) = await CallerAndForeignOrganisationAsync(database);

        await using var nobody = database.Context();
        var types = OrganisationOwnedTypes(nobody.Model);
        var before = await CountsAsync(nobody, types);
        var notRefused = new List<string>();
        foreach (var type in types)
        {
            // A copy of one of B's rows, under a new id where its key has one of its own. Were the guard gone, the copy
            // would be written for B, or refused by the database for a key or unique index it shares with the
            // original: either way not by the guard, which is what this test asks for.
            object foreign;
            await using (var actingForB = database.Context(b))
            {
                var original = await FirstAsync(actingForB, type)
                    ?? throw new InvalidOperationException($"{type.ClrType.Name} has no row in the workload: extend SeedWorkloadAsync.");
                var values = actingForB.Entry(original).CurrentValues.Clone();
                foreach (var key in type.FindPrimaryKey()!.Properties.Where(p => p.ClrType == typeof(Guid) && !p.IsForeignKey()
                    && p.Name != nameof(IOrganisationOwned.OrganisationId)))
                {
                    values[key] = Guid.CreateVersion7();
                }

                foreign = values.ToObject();
            }

            await using var actingForA = database.Context(a);
            // The caller's own changes in the same unit of work: a refused save writes none of them either.
            (await actingForA.Set<ContactDefinition>().SingleAsync()).SetNameOrder(NameOrder.LastFirstMiddle);
            actingForA.Add(new IdempotencyRecord(a, Guid.CreateVersion7(), "own-" + type.ClrType.Name, "hash", DateTime.UtcNow));
            actingForA.Add(foreign);
            var refusal = await Record.ExceptionAsync(() => actingForA.SaveChangesAsync());
            if (refusal is not InvalidOperationException { Message: "Refusing to write a row of another organisation." })
            {
                notRefused.Add($"{type.ClrType.Name}: " + (refusal is null ? "written" : $"{refusal.GetType().Name}: {refusal.Message}"));
            }
        }

        Assert.True(notRefused.Count == 0, "Rows of another organisation the tenancy guard did not refuse:\n" + string.Join('\n', notRefused));
        Assert.Equal(before, await CountsAsync(nobody, types));
        await using var check = database.Context(a);
        Assert.Equal(NameOrder.FirstMiddleLast, (await check.Set<ContactDefinition>().SingleAsync()).NameOrder);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Save_DeletesOrMovesARowOfAnotherOrganisation_IsRefusedAndNothingChanges(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (a, b) = await CallerAndForeignOrganisationAsync(database);

        await using var nobody = database.Context();
        var types = OrganisationOwnedTypes(nobody.Model);
        var before = await CountsAsync(nobody, types);
        var notRefused = new List<string>();
        foreach (var type in types)
        {
            foreach (var (change, act) in new (string, Action<AppDbContext, object>)[]
            {
                ("deleted", (db, row) => db.Remove(row)),
                ("moved into the caller's organisation", (db, row) => db.Entry(row).Property(nameof(IOrganisationOwned.OrganisationId)).CurrentValue = a),
            })
            {
                // EF itself refuses to change a key: a row keyed by its organisation cannot be moved at all.
                if (change.StartsWith("moved", StringComparison.Ordinal)
                    && type.FindPrimaryKey()!.Properties.Any(p => p.Name == nameof(IOrganisationOwned.OrganisationId)))
                {
                    continue;
                }

                object foreign;
                await using (var actingForB = database.Context(b))
                {
                    foreign = await FirstAsync(actingForB, type)
                        ?? throw new InvalidOperationException($"{type.ClrType.Name} has no row in the workload: extend SeedWorkloadAsync.");
                }

                await using var actingForA = database.Context(a);
                actingForA.Attach(foreign);
                var refusal = await Record.ExceptionAsync(() =>
                {
                    act(actingForA, foreign);
                    return actingForA.SaveChangesAsync();
                });
                if (refusal is not InvalidOperationException { Message: "Refusing to write a row of another organisation." })
                {
                    notRefused.Add($"{type.ClrType.Name} {change}: " + (refusal is null ? "saved" : $"{refusal.GetType().Name}: {refusal.Message}"));
                }
            }
        }

        Assert.True(notRefused.Count == 0, "Rows of another organisation the tenancy guard did not refuse:\n" + string.Join('\n', notRefused));
        Assert.Equal(before, await CountsAsync(nobody, types));
    }

    /// <summary>
    /// A foreign organisation B with the whole workload, and the caller's organisation A, new: no contacts and no
    /// uniqueness rule, so no save step before the audit trail has a reason of its own to refuse B's rows in A's
    /// saves; what refuses them is the tenancy guard.
    /// </summary>
    private static async Task<(Guid A, Guid B)> CallerAndForeignOrganisationAsync(TestDatabase database)
    {
        await MigrateAsync(database);
        var b = await CreateOrganisationAsync(database, "Beta");
        await SeedWorkloadAsync(database, b);
        return (await CreateOrganisationAsync(database, "Alpha"), b);
    }

    /// <summary>Every entity type of the model whose rows belong to an organisation, by name.</summary>
    private static List<IEntityType> OrganisationOwnedTypes(IModel model) =>
        [.. model.GetEntityTypes().Where(t => typeof(IOrganisationOwned).IsAssignableFrom(t.ClrType)).OrderBy(t => t.Name, StringComparer.Ordinal)];

    private static void AssertEveryOtherTypeIsDeclaredGlobal(IModel model)
    {
        var undeclared = model.GetEntityTypes()
            .Where(t => !typeof(IOrganisationOwned).IsAssignableFrom(t.ClrType) && !GlobalTypes.ContainsKey(t.ClrType))
            .Select(t => t.Name).ToList();
        Assert.True(undeclared.Count == 0, $"{string.Join(", ", undeclared)}: neither IOrganisationOwned (tenant filter, audit guard) "
            + "nor in TenantIsolationTests.GlobalTypes. Make it organisation-owned, or list it there with the reason it is global.");
    }

    // A filter is declared on the root of a hierarchy and applies to all its types (EF allows no other), so a derived
    // type is checked through its root; it must compare the row's OrganisationId with the caller's organisation.
    private static void AssertTenantFilter(IEntityType type)
    {
        var members = new MemberNames();
        foreach (var filter in type.GetRootType().GetDeclaredQueryFilters())
        {
            members.Visit(filter.Expression);
        }

        Assert.True(members.Names.Contains(nameof(IOrganisationOwned.OrganisationId)) && members.Names.Contains(nameof(AppDbContext.CurrentOrganisationId)),
            $"{type.ClrType.Name} has no query filter on the caller's organisation.");
    }

    /// <summary>The OrganisationId of each row of <paramref name="type"/> the context reads (through its query filter unless ignored).</summary>
    private static Task<List<Guid>> OwnersAsync(AppDbContext db, IEntityType type, bool ignoreFilters = false) =>
        (Task<List<Guid>>)OwnersMethod.MakeGenericMethod(type.ClrType).Invoke(null, [db, ignoreFilters])!;

    private static Task<List<Guid>> OwnersOf<T>(AppDbContext db, bool ignoreFilters)
        where T : class
    {
        var rows = ignoreFilters ? db.Set<T>().IgnoreQueryFilters() : db.Set<T>();
        return rows.Select(e => EF.Property<Guid>(e, nameof(IOrganisationOwned.OrganisationId))).ToListAsync();
    }

    private static async Task<object?> FirstAsync(AppDbContext db, IEntityType type) =>
        await (Task<object?>)FirstMethod.MakeGenericMethod(type.ClrType).Invoke(null, [db])!;

    private static async Task<object?> FirstOf<T>(AppDbContext db)
        where T : class => await db.Set<T>().FirstOrDefaultAsync();

    /// <summary>How many rows each organisation has, per type: "Contact" → "A:3 B:5" (all rows, no filter).</summary>
    private static async Task<Dictionary<string, string>> CountsAsync(AppDbContext db, IEnumerable<IEntityType> types)
    {
        var counts = new Dictionary<string, string>();
        foreach (var type in types)
        {
            var owners = await OwnersAsync(db, type, ignoreFilters: true);
            counts[type.Name] = string.Join(' ', owners.GroupBy(o => o).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}"));
        }

        return counts;
    }

    private sealed class MemberNames : ExpressionVisitor
    {
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        protected override Expression VisitMember(MemberExpression node)
        {
            Names.Add(node.Member.Name);
            return base.VisitMember(node);
        }
    }
}
