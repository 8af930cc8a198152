using ContactHub.Access;
using ContactHub.Runs;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Data.Tests.Runs;

/// <summary>A run executes once however many instances see it: the claim and the schedule dedupe, on both engines.</summary>
public sealed class RunClaimTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Claim_TwoConcurrentClaims_OneWins(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        var runId = await QueueAsync(database, organisationId, null);

        await using var first = database.Context(organisationId);
        await using var second = database.Context(organisationId);
        var now = DateTime.UtcNow;
        var claims = await Task.WhenAll(RunExecutor.ClaimAsync(first, runId, now, CancellationToken.None), RunExecutor.ClaimAsync(second, runId, now, CancellationToken.None));

        Assert.Equal(1, claims.Count(won => won));
        await using var check = database.Context(organisationId);
        Assert.Equal(RunStatus.Running, (await check.Set<Run>().SingleAsync()).Status);
        Assert.False(await RunExecutor.ClaimAsync(check, runId, now, CancellationToken.None));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Claim_AnotherOrganisationsRun_IsNotPossible(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        var runId = await QueueAsync(database, organisationId, null);

        await using var stranger = database.Context(Guid.NewGuid());
        Assert.False(await RunExecutor.ClaimAsync(stranger, runId, DateTime.UtcNow, CancellationToken.None));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ScheduledRun_SameFireTimeTwice_IsRefusedByTheDatabase(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var organisationId = await database.MigrateWithOrganisationAsync();
        var fire = new DateTime(2026, 12, 1, 3, 0, 0, DateTimeKind.Utc);
        await QueueAsync(database, organisationId, fire);
        await QueueAsync(database, organisationId, null);
        await QueueAsync(database, organisationId, null); // on-demand runs have no fire time and never clash

        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => QueueAsync(database, organisationId, fire));
        Assert.True(Database.IsUniqueViolation(failure));
        await using var check = database.Context(organisationId);
        Assert.Equal(3, await check.Set<Run>().CountAsync());
    }

    private static async Task<Guid> QueueAsync(TestDatabase database, Guid organisationId, DateTime? scheduledFor)
    {
        await using var db = database.Context(organisationId);
        var run = new Run(organisationId, "name-day", "{\"mode\":\"all\"}", Caller.System("tests").ForOrganisation(organisationId), DateTime.UtcNow, scheduledFor);
        db.Add(run);
        await db.SaveChangesAsync();
        return run.Id;
    }
}
