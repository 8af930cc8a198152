using System.ComponentModel.DataAnnotations;
using ContactHub.Audit;
using ContactHub.Contacts;
using ContactHub.CustomFields;
using ContactHub.Definitions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>A contact's history as a timeline (<see cref="ContactTimeline"/>) over a time frame of whole days.</summary>
public sealed class HistoryModel(
    ContactService contacts, HistoryService history, ConsentDefinitionService definition, CustomFieldDefinitionService customFields, ContactHub.Criteria.CriterionService criteria, ContactHub.Interactions.InteractionService interactions, TimeProvider clock, Display.OperatorClock display) : PageModel
{
    public ContactView Contact { get; private set; } = null!;

    public IReadOnlyList<TimelineMoment> Timeline { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    [Display(Name = "From")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "To")]
    public DateOnly? To { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Contact = await contacts.GetAsync(id, ct);
        var (from, to) = HistoryFrame.Resolve(From, To, clock, display);
        (From, To) = (from, to);
        IReadOnlyList<HistoryEntry> entries;
        try
        {
            var (start, end) = HistoryFrame.Instants(from, to, display);
            entries = await history.ForContactAsync(id, start, end, ct);
        }
        catch (ContactHub.Common.ValidationFailedException e)
        {
            ModelState.AddCoreErrors(e);
            return;
        }

        var named = await ContactLink.ResolveAsync(contacts, ContactTimeline.ReferencedContacts(entries), ct);
        var fields = await customFields.ListAsync(includeArchived: true, ct);
        Timeline = new ContactTimeline(
            Contact,
            await definition.PurposesAsync(ct),
            await definition.NotificationTypesAsync(ct),
            fields.ToDictionary(f => f.Key, f => f.Name, StringComparer.Ordinal),
            named.ToDictionary(n => n.Id))
        {
            Criteria = (await criteria.ListAsync(includeArchived: true, ct)).ToDictionary(c => c.Key, StringComparer.Ordinal),
            Interactions = await interactions.SubjectsAsync(id, ct),
        }.Build(entries);
    }
}
