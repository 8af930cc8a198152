using ContactHub.Web.Api.Documentation;
using ContactHub.NameDays;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactHub.Web.Api.Definitions;

/// <summary>/api/v1/definition/name-days: the name-day rules (replaced as a whole) and the schedule of the automatic run.</summary>
public static class NameDayDefinitionApi
{
    public static RouteGroupBuilder MapNameDayDefinitionApi(this RouteGroupBuilder api)
    {
        var nameDays = api.MapGroup("/definition/name-days").WithTags("Definition");
        nameDays.MapGet("/", GetAsync)
            .Documented("getNameDays", "Read name-day rules", "The name-day rules and the schedule of the automatic name-day run.");
        nameDays.MapPut("/", SetRulesAsync).Accepts<NameDayRulesRequest>("application/json")
            .Documented("setNameDayRules", "Replace name-day rules", "Replaces the name-day rules as a whole.");
        nameDays.MapPut("/schedule", SetScheduleAsync).Accepts<NameDayScheduleRequest>("application/json")
            .Documented("setNameDaySchedule", "Set the name-day schedule", "Sets when the automatic name-day run starts.");
        return nameDays;
    }

    private static async Task<Ok<NameDaysView>> GetAsync(NameDayDefinitionService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(ct));

    private static async Task<Ok<NameDaysView>> SetRulesAsync(HttpRequest request, NameDayDefinitionService service, CancellationToken ct) =>
        TypedResults.Ok(await service.SetRulesAsync((await request.ReadJsonAsync<NameDayRulesRequest>(ct)).Value, ct));

    private static async Task<Ok<NameDaysView>> SetScheduleAsync(HttpRequest request, NameDayDefinitionService service, CancellationToken ct) =>
        TypedResults.Ok(await service.SetScheduleAsync((await request.ReadJsonAsync<NameDayScheduleRequest>(ct)).Value, ct));
}
