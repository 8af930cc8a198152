using ContactHub.Common;
using ContactHub.Contacts.Bulk;
using ContactHub.Runs;
using ContactHub.Web.Access;
using ContactHub.Web.Api.Contacts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>
/// A bulk action from the contacts list: the list's form posts the ticked rows (or "all matching") and the action here,
/// with the list's own query string, so the filter is the list's (<see cref="IndexModel.QueryOf"/>). The page asks first,
/// naming the count ("Add category VIP to 1,234 contacts?"); confirmed, <see cref="BulkActionService.StartAsync"/> does a
/// small action at once (back to the list with its result) or queues a run, whose progress and report this page shows
/// at <c>/contacts/bulk/{runId}</c>. Without JavaScript every step is a plain form.
/// </summary>
[Authorize(Policy = BackOfficeAccess.Editor)]
public sealed class BulkModel(
    BulkActionService bulk, RunService runs, Definitions.ConsentDefinitionService definition, Definitions.Lists.ListDefinitionService lists) : PageModel
{
    /// <summary>The list's parameters, from the query string of the form's action (the list's own URL).</summary>
    [BindProperty(SupportsGet = true)]
    public ContactListRequest Filter { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public SearchField In { get; set; }

    /// <summary>The ticked rows.</summary>
    [BindProperty(Name = "ids")]
    public List<Guid> Ids { get; set; } = [];

    [BindProperty(Name = "bulkTarget")]
    public BulkTargetChoice Target { get; set; }

    [BindProperty(Name = "bulkAction")]
    public string? Action { get; set; }

    [BindProperty(Name = "bulkCategory")]
    public string? Category { get; set; }

    [BindProperty(Name = "bulkNotificationType")]
    public string? NotificationType { get; set; }

    /// <summary>The checked action and its count, to confirm.</summary>
    public BulkActionPlan? Plan { get; private set; }

    /// <summary>The run of a large action, at <c>/contacts/bulk/{runId}</c>.</summary>
    public RunView? Run { get; private set; }

    /// <summary>The action bar again, when a choice was missing or wrong.</summary>
    public BulkActionBar? Bar { get; private set; }

    /// <summary>The list the action came from, with its filters.</summary>
    public string ListUrl => "/contacts" + ListQuery;

    /// <summary>The form's action: this page with the list's query string.</summary>
    public string PostUrl => "/contacts/bulk" + ListQuery;

    /// <summary>The confirmation's action.</summary>
    public string ConfirmUrl => PostUrl + (ListQuery.HasValue ? "&" : "?") + "handler=Confirm";

    private QueryString ListQuery => QueryString.Create(Filter.Values().Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))
        .Where(v => v.Key is not ("cursor" or "before" or "limit"))
        .Append(KeyValuePair.Create("in", In == SearchField.Anything ? null : (string?)In.ToString()))
        .Where(v => v.Value is not null));

    public bool IsActive => Run?.Status is RunStatus.Queued or RunStatus.Running;

    public async Task<IActionResult> OnGetAsync(Guid? runId, CancellationToken ct)
    {
        if (runId is not { } id)
        {
            return Redirect("/contacts");
        }

        Run = await runs.GetAsync(id, ct);
        return Run.Kind == ContactsBulkActionRun.KindKey ? Page() : NotFound();
    }

    /// <summary>From the list: check the choice and ask.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            Plan = await bulk.PlanAsync(ToRequest(), ct);
            return Page();
        }
        catch (ValidationFailedException e)
        {
            return await RefusedAsync(e, ct);
        }
    }

    /// <summary>Confirmed: done at once (back to the list with the result) or queued (this page shows the run).</summary>
    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        try
        {
            var request = ToRequest();
            var started = await bulk.StartAsync(request, ct);
            return started.Run is { } run
                ? this.RedirectWithMessage($"/contacts/bulk/{run.Id}", $"Started: {started.Description} on {started.Count:N0} contacts. It runs in the background; this page shows how far it got.")
                : this.RedirectWithMessage(ListUrl, BulkActionMessages.Done(request.Action, started.Description, started.Result!));
        }
        catch (ValidationFailedException e)
        {
            return await RefusedAsync(e, ct);
        }
    }

    private BulkActionRequest ToRequest()
    {
        var errors = new ValidationErrors();
        var action = Enum.TryParse<BulkAction>(Action, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : (BulkAction?)null;
        if (action is null)
        {
            errors.Add("bulkAction", "Choose an action.");
        }

        if (Target == BulkTargetChoice.Selected && Ids.Count == 0)
        {
            errors.Add("bulkTarget", "Tick the contacts to act on, or choose all matching contacts.");
        }

        errors.ThrowIfAny();
        return Target == BulkTargetChoice.All
            ? new BulkActionRequest(action!.Value, Category, NotificationType, Filter: IndexModel.QueryOf(Filter, In))
            : new BulkActionRequest(action!.Value, Category, NotificationType, Ids: Ids);
    }

    // The core names its fields after the API's body; the page's inputs have their own names.
    private async Task<IActionResult> RefusedAsync(ValidationFailedException e, CancellationToken ct)
    {
        foreach (var (field, messages) in e.Errors)
        {
            var name = field switch
            {
                "category" => "bulkCategory",
                "notificationType" => "bulkNotificationType",
                "ids" => "bulkTarget",
                "bulkAction" or "bulkTarget" => field,
                _ => "bulkTarget",
            };
            foreach (var message in messages)
            {
                ModelState.AddModelError(name, message);
            }
        }

        Bar = new BulkActionBar(
            (await lists.GetAsync(Definitions.Lists.DefinitionList.Categories, ct)).Entries, await definition.NotificationTypesAsync(ct), "contacts",
            Target, Action, Category, NotificationType, Ids.Count);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
