using System.Net;
using System.Text.Json;

namespace ContactHub.Web.Tests.Api.Segments;

/// <summary>
/// GET /segments/{id}/statistics and GET /statistics (issue 22, part 2): the members' counts by kind, status, life
/// cycle, country, allowed and preferred channel, consent per purpose and reachability per notification type.
/// </summary>
public sealed class SegmentStatisticsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Statistics_CountTheMembersOnly_WholeBaseCountsEveryone()
    {
        using var client = await factory.NewTenantAsync();
        await client.CreateContactAsync(new { kind = "person", lastName = "Swiss", countryOfResidence = "CH", preferredChannel = "phone", allowedChannels = new[] { "email", "phone" } });
        await client.CreateContactAsync(new { kind = "company", companyName = "Swiss AG", countryOfResidence = "CH" });
        await client.CreateContactAsync(new { kind = "person", lastName = "German", countryOfResidence = "DE" });
        await client.CreateContactAsync(new { kind = "person", lastName = "Nowhere" });
        var swiss = await SegmentsApiTests.CreateAsync(client, new { name = "Swiss", groups = new[] { new { country = "CH" } } });

        var statistics = await (await client.GetAsync($"/api/v1/segments/{swiss}/statistics")).JsonAsync(HttpStatusCode.OK);

        var figures = statistics.GetProperty("figures");
        Assert.Equal(2, figures.GetProperty("total").GetInt32());
        Assert.Equal([("Person", 1), ("Company", 1)], Figures(figures.GetProperty("byKind")));
        Assert.Equal([("CH", 2)], Figures(statistics.GetProperty("byCountry")));
        Assert.Equal(1, Figures(statistics.GetProperty("preferredChannels")).Single(f => f.Key == "Phone").Count);
        Assert.Equal(12, figures.GetProperty("createdPerMonth").GetArrayLength());
        var reachability = statistics.GetProperty("reachability").EnumerateArray().ToList();
        Assert.NotEmpty(reachability);
        Assert.All(reachability, r => Assert.Equal(2, r.GetProperty("decided").GetInt32()));
        Assert.All(reachability, r => Assert.Equal(2, Figures(r.GetProperty("outcomes")).Sum(f => f.Count)));

        var whole = await (await client.GetAsync("/api/v1/statistics")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(4, whole.GetProperty("figures").GetProperty("total").GetInt32());
        Assert.Equal([("CH", 2), ("DE", 1), ("none", 1)], Figures(whole.GetProperty("byCountry")));
    }

    private static List<(string Key, int Count)> Figures(JsonElement figures) =>
        [.. figures.EnumerateArray().Select(f => (f.GetProperty("key").GetString()!, f.GetProperty("count").GetInt32()))];
}
