using ContactHub.Access;
using ContactHub.Common;

namespace ContactHub.Core.Tests.Access;

/// <summary>No one grants more than they hold: every level and the identity-document permission, for each kind of grantor.</summary>
public sealed class GrantsTests
{
    private static readonly Guid Organisation = Guid.CreateVersion7();

    [Theory]
    [InlineData(Clearance.Free)]
    [InlineData(Clearance.Restricted)]
    [InlineData(Clearance.Confidential)]
    public void AnOrganisationCaller_GrantsEveryLevelUpToItsOwn_AndNoneAbove(Clearance own)
    {
        foreach (var actor in new[] { ActorKind.Operator, ActorKind.ApiKey })
        {
            var grantor = new Caller(Organisation, actor, Guid.CreateVersion7(), "grantor", "ui", own, MaySeeIdentityDocuments: true);
            Assert.Equal(Enum.GetValues<Clearance>().Where(l => l <= own), Grants.ClearancesFor(grantor));
            foreach (var level in Enum.GetValues<Clearance>())
            {
                var refusal = Record.Exception(() => Grants.EnsureWithin(grantor, level, identityDocuments: false, "clearance", "documents"));
                if (level <= own)
                {
                    Assert.Null(refusal);
                }
                else
                {
                    Assert.Equal(["clearance"], Assert.IsType<ValidationFailedException>(refusal).Errors.Keys);
                }
            }
        }
    }

    [Fact]
    public void IdentityDocuments_AreGrantedOnlyByOneWhoSeesThem()
    {
        var masked = new Caller(Organisation, ActorKind.Operator, Guid.CreateVersion7(), "grantor", "ui", Clearance.Confidential);

        var refusal = Assert.IsType<ValidationFailedException>(Record.Exception(() => Grants.EnsureWithin(masked, Clearance.Free, identityDocuments: true, "clearance", "documents")));
        Assert.Equal(["documents"], refusal.Errors.Keys);
        Grants.EnsureWithin(masked, Clearance.Free, identityDocuments: false, "clearance", "documents");
        Grants.EnsureWithin(masked with { MaySeeIdentityDocuments = true }, Clearance.Free, identityDocuments: true, "clearance", "documents");
    }

    [Fact]
    public void SystemCallers_GrantAnything()
    {
        // A system key has no organisation; the application acts as the system of one organisation (start-up, schedules).
        Caller[] systems = [new(null, ActorKind.ApiKey, Guid.CreateVersion7(), "system key", "api", Clearance.Free), Caller.System("startup").ForOrganisation(Organisation)];
        foreach (var system in systems)
        {
            Assert.Equal(Enum.GetValues<Clearance>(), Grants.ClearancesFor(system));
            Grants.EnsureWithin(system, Clearance.Confidential, identityDocuments: true, "clearance", "documents");
        }
    }
}
