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
        contacts.MapPost("/", CreateAsync).Accepts<ContactRequest>("application/json");
        contacts.MapGet("/", ListAsync);
        contacts.MapGet("/{id:guid}", GetAsync).WithName("GetContact");
        contacts.MapPatch("/{id:guid}", UpdateAsync).Accepts<ContactRequest>("application/merge-patch+json", "application/json");
        contacts.MapDelete("/{id:guid}", DeleteAsync);
        contacts.MapGet("/{id:guid}/history", HistoryAsync);
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
    private static async Task<Ok<ContactPage>> ListAsync([AsParameters] ContactListRequest list, HttpRequest request, ContactListService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(list.ToQuery(ContactSort.Created, CustomFieldFilters(request.Query)), ct));

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
