using ContactHub.Web.Api.Documentation;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContactHub.Contacts;
using ContactHub.Imports;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ContactHub.Web.Api.Imports;

/// <summary>
/// POST /api/v1/imports: a bulk import of new contacts, one JSON contact per line (NDJSON), read as a stream.
/// Answers with the import's id, counts and the refused rows; valid rows are written even when others are refused.
/// </summary>
public static class ImportsApi
{
    public const string NdjsonContentType = "application/x-ndjson";

    public static RouteGroupBuilder MapImportsApi(this RouteGroupBuilder api)
    {
        var imports = api.MapGroup("/imports").WithTags("Imports");
        // Routing answers 415 to any other content type.
        imports.MapPost("/", ImportAsync).Accepts<ContactRequest>(NdjsonContentType)
            .Documented("importContacts", "Import contacts (NDJSON)", "Creates contacts from an NDJSON body, one contact row per line, read as a stream. Valid rows are written even when others are refused; the answer counts both and lists the refused rows with their field errors.");
        return imports;
    }

    private static async Task<Ok<ImportResult>> ImportAsync(HttpRequest request, ContactImporter importer, IOptions<JsonOptions> json, CancellationToken ct)
    {
        // Unknown fields are refused per row, as the single-contact API refuses them for its body.
        var options = new JsonSerializerOptions(json.Value.SerializerOptions) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };
        return TypedResults.Ok(await importer.ImportAsync(ReadLinesAsync(request.Body, options, ct), ct));
    }

    /// <summary>Each line becomes a row; a line that is not a contact object becomes a null row, which the importer refuses.</summary>
    private static async IAsyncEnumerable<ContactRequest?> ReadLinesAsync(Stream body, JsonSerializerOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        using var reader = new StreamReader(body);
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            ContactRequest? row;
            try
            {
                row = JsonSerializer.Deserialize<ContactRequest>(line, options);
            }
            catch (JsonException)
            {
                row = null;
            }

            yield return row;
        }
    }
}
