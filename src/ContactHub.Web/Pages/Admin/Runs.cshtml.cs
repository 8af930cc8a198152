using ContactHub.Runs;

namespace ContactHub.Web.Pages.Admin;

/// <summary>The history of background runs, newest first, from the same <see cref="RunService"/> as GET /api/v1/runs.</summary>
public sealed class RunsModel(RunService runs) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public const int PageSize = 50;

    public RunPage Runs { get; private set; } = new([], null);

    public bool AnyActive => Runs.Items.Any(r => r.Status is RunStatus.Queued or RunStatus.Running);

    public async Task OnGetAsync(string? after, CancellationToken ct) => Runs = await runs.ListAsync(null, after, PageSize, ct);

    public static string Parameters(RunView run) => string.Join(", ", run.Parameters.Select(p => $"{p.Key}: {p.Value}"));
}
