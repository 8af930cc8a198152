using ContactHub.Web.Api.Documentation;
using ContactHub.Audit;
using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Contacts.Listing;
using ContactHub.CustomFields;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ContactHub.Web.Api.Contacts;

/// <summary>/api/v1/contacts: create, read, list, merge-patch and delete contacts, and read their history.</summary>
public static class ContactsApi
{
    public static RouteGroupBuilder MapContactsApi(this RouteGroupBuilder api)
    {
        var contacts = api.MapGroup("/contacts").WithTags("Contacts");
        contacts.MapPost("/", CreateAsync).Accepts<ContactRequest>("application/json")
            .WithVersionHeaders()
            .Documented("createContact", "Create a contact", "Creates a person or a company with its contact points. Answers with the contact, its ETag and its Location. Safe to retry with an Idempotency-Key.");
        contacts.MapGet("/", ListAsync)
            .Documented("listContacts", "List contacts", "Lists the contacts the key may see, filtered (q, status, category, custom.<key>, criterion.<key>, ...) and sorted, one page at a time with an opaque cursor.");
        contacts.MapGet("/{id:guid}", GetAsync)
            .WithVersionHeaders()
            .Documented("getContact", "Read a contact", "Reads one contact with its contact points, links, consents and custom values; the ETag header is its version, for If-Match on a change.");
        contacts.MapPatch("/{id:guid}", UpdateAsync).Accepts<ContactRequest>("application/merge-patch+json", "application/json")
            .WithVersionHeaders(IfMatchUse.Required)
            .Documented("updateContact", "Change a contact", "Applies a JSON merge patch (RFC 7396): fields present are set, null clears, absent fields stay. Requires If-Match with the ETag last read (428 without, 412 when stale).");
        contacts.MapDelete("/{id:guid}", DeleteAsync)
            .WithVersionHeaders(IfMatchUse.Required, answersETag: false)
            .Documented("deleteContact", "Delete a contact", "Moves the contact to the recycle bin. Requires If-Match with the ETag last read (428 without, 412 when stale).");
        contacts.MapGet("/{id:guid}/history", HistoryAsync)
            .Documented("getContactHistory", "Read a contact's history", "Lists the audit entries of the contact (field, old and new value, actor, source, time), optionally between from and to.");
        return contacts;
    }

    private static async Task<Created<ContactView>> CreateAsync(HttpRequest request, ContactService service, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<ContactRequest>(ct);
        if (body.Present.Count == 0)
        {
            throw ValidationFailedException.For("body", "A contact needs at least its kind and a name.");
        }

        var contact = await service.CreateAsync(body.Value, ct);
        request.HttpContext.Response.SetETag(contact.Version);
        return TypedResults.Created($"/api/v1/contacts/{contact.Id}", contact);
    }

    private static async Task<Ok<ContactView>> GetAsync(Guid id, HttpResponse response, ContactService service, CancellationToken ct, bool includeArchived = false)
    {
        var contact = await service.GetAsync(id, ct, includeArchived);
        response.SetETag(contact.Version);
        return TypedResults.Ok(contact);
    }

    [AcceptsQueryPrefix(CustomFieldFilter.Prefix)]
    [AcceptsQueryPrefix(ContactHub.Criteria.CriterionFilter.Prefix)]
    private static async Task<Ok<ContactPage>> ListAsync([AsParameters] ContactListRequest list, HttpRequest request, ContactListService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(
            list.ToQuery(ContactSort.Created, CustomFieldFilters(request.Query)) with { Criteria = ContactListRequest.CriterionFilters(request.Query) }, ct));

    // custom.<key>=value, custom.<key>.min=…, custom.<key>.max=… (one value each)
    private static List<CustomFieldFilter> CustomFieldFilters(IQueryCollection query)
    {
        var filters = new List<CustomFieldFilter>();
        foreach (var (name, values) in query)
        {
            if (CustomFieldFilter.FromParameter(name, values.ToString()) is not { } filter)
            {
                continue;
            }

            filters.Add(values.Count == 1 ? filter : throw ValidationFailedException.For(name, "Give one value per custom-field filter."));
        }

        return filters;
    }

    private static async Task<Ok<ContactView>> UpdateAsync(Guid id, HttpRequest request, ContactService service, CancellationToken ct)
    {
        var expected = request.RequireIfMatch();
        var body = await request.ReadJsonAsync<ContactRequest>(ct);
        var contact = await service.UpdateAsync(id, body.Value, body.Present, expected, ct);
        request.HttpContext.Response.SetETag(contact.Version);
        return TypedResults.Ok(contact);
    }

    private static async Task<NoContent> DeleteAsync(Guid id, HttpRequest request, ContactService service, CancellationToken ct)
    {
        await service.DeleteAsync(id, request.RequireIfMatch(), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<HistoryEntry>>> HistoryAsync(
        Guid id, HistoryService history, CancellationToken ct, DateTime? from = null, DateTime? to = null) =>
        TypedResults.Ok(await history.ForContactAsync(id, from?.ToUniversalTime(), to?.ToUniversalTime(), ct));
}
