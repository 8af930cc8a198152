using System.ComponentModel.DataAnnotations;
using ContactHub.Audit;
using ContactHub.Consent;
using ContactHub.Consent.Reachability;
using ContactHub.Contacts;
using ContactHub.Definitions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>
/// A contact's consent, channels and reachability: the consent state and its evidence (with the exact text version),
/// recording a decision the contact told an operator, and the reachability per notification type with overrides.
/// Each change calls the core service its API endpoint calls, so validation and audit are the API's.
/// </summary>
[EditorOnlyChanges]
public sealed class ConsentModel(
    ContactService contacts, ConsentService consents, ConsentDefinitionService definition, ReachabilityService reachability, ContactReachability reachable, HistoryService history) : PageModel
{
    /// <summary>What an operator records: the contact told them, so the evidence method is always this.</summary>
    public const string OperatorMethod = "operator";

    public ContactView Contact { get; private set; } = null!;

    public IReadOnlyList<ConsentStateView> States { get; private set; } = [];

    public IReadOnlyList<ConsentEventView> Evidence { get; private set; } = [];

    public IReadOnlyList<ConsentPurposeView> Purposes { get; private set; } = [];

    /// <summary>Per purpose key, the text version to preselect: the one in the contact's language.</summary>
    public IReadOnlyDictionary<string, Guid> Suggested { get; private set; } = new Dictionary<string, Guid>();

    public IReadOnlyList<(NotificationTypeView Type, ReachabilityDecision Decision)> Reachability { get; private set; } = [];

    public IReadOnlyList<OverrideView> Overrides { get; private set; } = [];

    [BindProperty]
    public OverrideForm Override { get; set; } = new();

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    /// <summary>Grants or withdraws one purpose, for all channels or one, against the text version the operator read out.</summary>
    public Task<IActionResult> OnPostRecordAsync(Guid id, string purpose, Channel? channel, bool granted, Guid? textId, CancellationToken ct) =>
        ChangeAsync(id, "consents", "Consent decision recorded.", "Record", () => consents.RecordAsync(
            id, new ConsentEventRequest(purpose, channel, granted, null, OperatorMethod, textId, null, null), ct), ct);

    public Task<IActionResult> OnPostOverrideAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, "reachability", "Override saved.", nameof(Override), () => reachability.OverrideAsync(
            id, new OverrideRequest(Override.NotificationType, Override.Channel, Override.Reason, Override.ValidForDays), ct), ct);

    /// <summary>The text a decision refers to, as "v3 (en)", with its wording; null when the purpose no longer lists it.</summary>
    public ConsentTextView? TextOf(ConsentEventView decision) =>
        Purposes.FirstOrDefault(p => p.Key == decision.Purpose)?.Texts.FirstOrDefault(t => t.Id == decision.TextId);

    /// <summary>Messages filed under <paramref name="key"/> exactly, or also under its sub-fields.</summary>
    public IEnumerable<string> ErrorsAt(string key, bool withSubFields = false) => ModelState
        .Where(e => e.Key == key || (withSubFields && e.Key.StartsWith(key + ".", StringComparison.Ordinal)))
        .SelectMany(e => e.Value!.Errors.Select(x => x.ErrorMessage));

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Contact = await contacts.GetAsync(id, ct);
        States = await consents.StateAsync(id, ct);
        Evidence = await consents.HistoryAsync(id, ct);
        Purposes = await definition.PurposesAsync(ct);
        // The text in the contact's language (else the organisation's default) is the one offered first.
        Suggested = (await definition.TextsToAskAsync(Contact.PreferredLanguage, ct)).ToDictionary(x => x.Purpose.Key, x => x.Text.Id, StringComparer.Ordinal);
        Reachability = await reachable.ForAsync(id, ct);
        Overrides = await reachability.OverridesAsync(id, ct);
    }

    private Task<IActionResult> ChangeAsync(Guid id, string section, string message, string errorKey, Func<Task> change, CancellationToken ct) =>
        this.ChangeAsync(id, $"/contacts/{id}/consent#{section}", message, errorKey, change, () => LoadAsync(id, ct), history, ct);

    public sealed class OverrideForm
    {
        [Display(Name = "Notification type")] public string? NotificationType { get; set; }
        [Display(Name = "Channel")] public Channel? Channel { get; set; }
        [Display(Name = "Reason")] public string? Reason { get; set; }
        [Display(Name = "Valid for (days)")] public int? ValidForDays { get; set; } = 30;
    }
}
