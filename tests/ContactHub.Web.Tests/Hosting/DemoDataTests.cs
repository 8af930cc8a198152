using ContactHub.Access;
using ContactHub.Consent;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Web.Tests.Hosting;

public sealed class DemoDataTests
{
    [Fact]
    public async Task FirstStart_SeedsTheDemo_WithChannelsAndConsentsRecordedAsEvidence()
    {
        using var factory = new ApiFactory();
        factory.Settings["ContactHub:Demo:Enabled"] = "true";
        factory.Settings["ContactHub:Demo:Contacts"] = "40";
        using var scope = factory.Services.CreateScope();
        var caller = scope.ServiceProvider.GetRequiredService<CallerContext>();
        caller.Current = Caller.System("tests");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var demo = await db.Organisations.SingleAsync(o => o.Name == "Demo AG");
        caller.Current = caller.Current.ForOrganisation(demo.Id);

        var contacts = await db.Contacts.AsNoTracking().ToListAsync();
        var events = await db.Set<ConsentEvent>().AsNoTracking().ToListAsync();
        var states = await db.Set<ConsentState>().AsNoTracking().ToListAsync();

        Assert.Equal(40, contacts.Count);
        Assert.Contains(contacts, c => !c.AllowedChannels.Contains(Channel.Email));
        Assert.Contains(contacts, c => c.PreferredChannel is Channel.Letter or Channel.Phone or Channel.Sms);
        Assert.InRange(states.Count(s => s.Granted), 10, 35);
        Assert.All(events, e => Assert.False(string.IsNullOrEmpty(e.Method)));
        Assert.All(states, s => Assert.Contains(events, e => e.Id == s.EventId));
    }
}
