using ContactHub.Bench.Databases;
using ContactHub.Bench.Report;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContactHub.Bench.Web;

/// <summary>GET /api/v1/contacts/{random id} against /health/live (the framework ceiling) on the same host.</summary>
internal static class ReadByIdBench
{
    public const int Connections = 32;

    public static async Task<LoadFigures> RunAsync(BenchDatabase database, BenchHost host, TimeSpan duration)
    {
        List<Guid> ids;
        await using (var scope = database.Scope())
        {
            ids = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Contacts
                .OrderBy(_ => EF.Functions.Random()).Select(c => c.Id).Take(5_000).ToListAsync();
        }

        using var client = host.Client(Connections);
        var ceiling = await HttpLoad.RunAsync(client, _ => "/health/live", Connections, duration);
        Console.WriteLine($"  /health/live: {ceiling}");
        var endpoint = await HttpLoad.RunAsync(client, random => $"/api/v1/contacts/{ids[random.Next(ids.Count)]}", Connections, duration);
        Console.WriteLine($"  GET /api/v1/contacts/{{id}}: {endpoint}");
        return new LoadFigures(Connections, duration.TotalSeconds, endpoint, ceiling, Figures.Ratio(endpoint.PerSecond, ceiling.PerSecond),
            ">= 50 % of the framework ceiling's requests/s; p99 < 20 ms at 32 connections");
    }
}
