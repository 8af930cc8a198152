using ContactHub.Runs;

namespace ContactHub.Contacts.Bulk;

/// <summary>
/// A bulk action too large for the request, as a background run: it reads its target (<see cref="Run.Input"/>) again
/// as the requester — the selected ids it may still see, or the filter's result now — and applies the action through
/// <see cref="BulkActionWork"/>, reporting progress per batch; the outcome counts and refused contacts become the
/// run's result. Queued by <see cref="BulkActionService.StartAsync"/>.
/// </summary>
public sealed class ContactsBulkActionRun(BulkActionWork work) : IRunKind
{
    public const string KindKey = "contacts-bulk-action";

    public string Key => KindKey;

    public string Name => "Bulk action on contacts";

    /// <summary>The run's parameters: what it does (readable in the history) and to what kind of target.</summary>
    public static IReadOnlyDictionary<string, string> ParametersOf(BulkActionRequest request, string description, int count)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["action"] = ActionName(request.Action),
            ["description"] = description,
            ["target"] = request.Filter is null ? "selection" : "filter",
            ["contacts"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (request.Category is { } category)
        {
            parameters["category"] = category;
        }

        if (request.NotificationType is { } type)
        {
            parameters["notificationType"] = type;
        }

        return parameters;
    }

    /// <summary>The action's name in the API and in run parameters: addCategory, removeCategory, checkReachability, delete.</summary>
    public static string ActionName(BulkAction action) => char.ToLowerInvariant(action.ToString()[0]) + action.ToString()[1..];

    public async Task ExecuteAsync(RunContext run, CancellationToken ct)
    {
        var action = Enum.GetValues<BulkAction>().First(a => ActionName(a) == run.Parameters["action"]);
        var target = BulkTarget.FromJson(run.Input);
        var request = new BulkActionRequest(action, run.Parameters.GetValueOrDefault("category"), run.Parameters.GetValueOrDefault("notificationType"), target.Ids, target.Filter);
        var result = await work.ExecuteAsync(request, run.ReportAsync, ct);
        await run.SetResultAsync(result.Report, ct);
    }
}
