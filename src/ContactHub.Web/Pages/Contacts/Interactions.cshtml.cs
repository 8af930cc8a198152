using System.ComponentModel.DataAnnotations;
using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Interactions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>
/// A contact's interactions as a timeline, newest first, with a form to record one and buttons to change a status,
/// through <see cref="InteractionService"/> like /api/v1/contacts/{id}/interactions.
/// </summary>
[EditorOnlyChanges]
public sealed class InteractionsModel(ContactService contacts, InteractionService interactions, Display.OperatorClock clock, TimeProvider time) : PageModel
{
    public const int PageSize = 100;

    public ContactView Contact { get; private set; } = null!;

    public IReadOnlyList<InteractionView> Items { get; private set; } = [];

    [BindProperty]
    public InteractionForm Form { get; set; } = new();

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Form.OccurredAt ??= clock.Local(time.GetUtcNow().UtcDateTime).ToString(InteractionForm.LocalFormat, System.Globalization.CultureInfo.InvariantCulture);
        await LoadAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await interactions.CreateAsync(Form.ToRequest(id, clock.Zone), ct);
                return this.RedirectWithMessage($"/contacts/{id}/interactions", "Interaction recorded.");
            }
            catch (ValidationFailedException e)
            {
                ModelState.AddCoreErrors(e, nameof(Form));
            }
        }

        await LoadAsync(id, ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, Guid interactionId, InteractionStatus status, CancellationToken ct)
    {
        await interactions.UpdateAsync(interactionId, new InteractionRequest { Status = status }, new HashSet<string> { "status" }, ct);
        return this.RedirectWithMessage($"/contacts/{id}/interactions", $"Interaction {status.ToString().ToLowerInvariant()}.");
    }

    /// <summary>The button that moves an interaction to <paramref name="status"/>.</summary>
    public static string ActionOf(InteractionStatus status) => status switch
    {
        InteractionStatus.Open => "Reopen",
        InteractionStatus.Closed => "Close",
        _ => "Archive",
    };

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Contact = await contacts.GetAsync(id, ct);
        Items = (await interactions.ListAsync(new InteractionQuery(ContactId: id, Limit: PageSize), ct)).Items;
    }
}

/// <summary>The form to record an interaction with the contact; the time is the operator's local time.</summary>
public sealed class InteractionForm
{
    [Display(Name = "Type")] public InteractionType Type { get; set; } = InteractionType.Call;
    [Display(Name = "Direction")] public InteractionDirection Direction { get; set; } = InteractionDirection.In;
    [Display(Name = "Medium")] public string? Medium { get; set; }
    [Display(Name = "Subject")] public string? Subject { get; set; }
    [Display(Name = "Description")] public string? Description { get; set; }
    /// <summary>As a datetime-local input sends it (the operator's time); text, so the input shows it as it expects.</summary>
    [Display(Name = "When")] public string? OccurredAt { get; set; }

    public const string LocalFormat = "yyyy-MM-dd'T'HH:mm";

    public InteractionRequest ToRequest(Guid contactId, TimeZoneInfo zone) => new()
    {
        ContactIds = [contactId],
        Type = Type,
        Direction = Direction,
        Medium = Medium,
        Subject = Subject,
        Description = Description,
        OccurredAt = DateTime.TryParseExact(OccurredAt, [LocalFormat, "yyyy-MM-dd'T'HH:mm:ss"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var local)
            ? new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone), TimeSpan.Zero)
            : null,
    };
}
