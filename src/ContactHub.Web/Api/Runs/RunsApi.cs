using ContactHub.Web.Api.Documentation;
using ContactHub.NameDays;
using ContactHub.Runs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactHub.Web.Api.Runs;

/// <summary>
/// /api/v1/runs: background runs of the organisation — start a name-day run (202, it runs in the background),
/// read the history newest first and one run's status, progress and counters.
/// </summary>
public static class RunsApi
{
    public sealed record NameDayRunRequest(string? Mode);

    public static RouteGroupBuilder MapRunsApi(this RouteGroupBuilder api)
    {
        var runs = api.MapGroup("/runs").WithTags("Runs");
        runs.MapGet("/", ListAsync)
            .Documented("listRuns", "List runs", "The organisation's background runs, newest first, one page at a time.");
        runs.MapGet("/{id:guid}", GetAsync)
            .Documented("getRun", "Read a run", "One run's status, progress and counters.");
        runs.MapPost("/name-days", StartNameDayRunAsync).Accepts<NameDayRunRequest>("application/json")
            .Documented("startNameDayRun", "Start a name-day run", "Queues a name-day run (202); it runs in the background, its Location is the run to poll.");
        return runs;
    }

    private static async Task<Ok<RunPage>> ListAsync(RunService service, string? kind, string? cursor, int? limit, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(kind, cursor, limit ?? 50, ct));

    private static async Task<Ok<RunView>> GetAsync(Guid id, RunService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(id, ct));

    private static async Task<Accepted<RunView>> StartNameDayRunAsync(HttpRequest request, RunService service, CancellationToken ct)
    {
        var body = (await request.ReadJsonAsync<NameDayRunRequest>(ct)).Value;
        var run = await service.QueueAsync(NameDayRun.KindKey, NameDayRun.ParametersFor(body.Mode), ct);
        return TypedResults.Accepted($"/api/v1/runs/{run.Id}", run);
    }
}
