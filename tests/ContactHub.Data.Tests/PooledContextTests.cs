using ContactHub.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Data.Tests;

/// <summary>The app's data contexts come from a pool: a context acts for its own scope's caller and for no one after.</summary>
public sealed class PooledContextTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task PooledContext_ActsForItsScopesCaller_AndForgetsItOnReturn(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        await StorageTests.CreateContactAsync(database, organisationId);
        await using var services = new ServiceCollection().AddContactHubCore(database.Provider, database.ConnectionString).BuildServiceProvider();

        AppDbContext leased;
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CallerContext>().Current = Caller.System("tests").ForOrganisation(organisationId);
            leased = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(1, await leased.Contacts.CountAsync());
        }

        // The same instance again, straight from the pool without a caller: it sees no organisation's rows.
        await using var again = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Same(leased, again);
        Assert.Null(again.Caller.OrganisationId);
        Assert.Equal(0, await again.Contacts.CountAsync());

        // Another scope with another organisation's caller gets that caller's filters.
        await using var other = services.CreateAsyncScope();
        other.ServiceProvider.GetRequiredService<CallerContext>().Current = Caller.System("tests").ForOrganisation(Guid.NewGuid());
        Assert.Equal(0, await other.ServiceProvider.GetRequiredService<AppDbContext>().Contacts.CountAsync());
    }
}
