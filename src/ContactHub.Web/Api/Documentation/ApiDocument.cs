using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ContactHub.Web.Api.Documentation;

/// <summary>
/// Completes the generated OpenAPI document (/openapi/v1.json) for generated clients. Each Map call names its
/// operation (<see cref="OperationDocs"/>); everything that follows from what an endpoint is comes from the
/// transformers registered here — security and scopes, problem responses and headers, schema types — so a new
/// endpoint is described by its Map call alone. <c>OpenApiDocumentTests</c> proves the rules for every operation.
/// </summary>
public static class ApiDocument
{
    /// <summary>Every tag an endpoint uses (<c>WithTags</c>), described; the test refuses a tag missing here.</summary>
    private static readonly Dictionary<string, string> Tags = new(StringComparer.Ordinal)
    {
        ["Organisations"] = "Tenants and their API keys; system keys only.",
        ["Contacts"] = "Persons and companies: create, read, list, merge-patch (If-Match) and delete, with their audit history.",
        ["Contact points"] = "A contact's e-mail addresses, phone numbers and postal addresses: add, deactivate, reactivate, mark in use, remove.",
        ["Relations"] = "Relations between contacts (outward; the inward side is read on the other contact).",
        ["Company links"] = "Persons linked to companies, with a role.",
        ["Photo"] = "A contact's photo, as an image body.",
        ["Recycle bin"] = "Deleted contacts, kept for 30 days and restorable, then purged by a run.",
        ["Consent and reachability"] = "Consent evidence and state per purpose, bounces, and whether a contact may be reached on a channel.",
        ["Definition"] = "The organisation's contact definition: lists, rules, consent purposes, notification types, custom fields, criteria, name days.",
        ["Interactions"] = "Contact moments: calls, e-mails, letters, meetings and documents with one or more contacts, visible through the contacts the key may see.",
        ["Imports"] = "Bulk import of contacts as NDJSON, streamed.",
        ["Segments"] = "Saved filters over the contacts (dynamic, or static membership lists), their members, counts and statistics, and the statistics of all contacts.",
        ["Runs"] = "Background runs (name days): start, progress, history.",
    };

    public static OpenApiOptions Complete(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "ContactHub API";
            document.Info.Description =
                "Contacts, their contact points, consents and reachability, for one organisation per API key "
                + "(Authorization: Bearer). Errors are RFC 9457 problem details with a field-errors map; lists page with an "
                + "opaque cursor; changes to a contact take its ETag in If-Match; a POST with an Idempotency-Key is safe to retry.";
            document.Tags = new HashSet<OpenApiTag>(
                (document.Tags ?? new HashSet<OpenApiTag>()).Select(tag => new OpenApiTag
                {
                    Name = tag.Name,
                    Description = tag.Name is { } name && Tags.TryGetValue(name, out var text) ? text : tag.Description,
                }));
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, _, _) =>
        {
            // NDJSON has no schema of its own in OpenAPI 3.1: the media type's schema is that of one line (a row).
            if (operation.RequestBody is OpenApiRequestBody body && body.Content?.Keys.Any(m => m.EndsWith("ndjson", StringComparison.Ordinal)) == true)
            {
                body.Description = "NDJSON: one JSON object per line, each as the schema (a row); a line that is not one is a refused row.";
            }

            return Task.CompletedTask;
        });
        return options.AddScopes().AddProblemResponses().AddSchemaTypes();
    }
}
