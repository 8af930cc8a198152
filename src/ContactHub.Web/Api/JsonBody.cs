using System.Text.Json;
using ContactHub.Common;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ContactHub.Web.Api;

/// <summary>A request body together with the names of the fields the caller actually sent (for merge-patch).</summary>
public sealed record JsonBody<T>(T Value, IReadOnlySet<string> Present);

/// <summary>
/// Reads JSON request bodies so that every mistake names its field: unknown fields, wrong types and malformed
/// dates become a validation problem on that field instead of a bare 400.
/// </summary>
public static class JsonBodyReader
{
    public const int MaxBytes = 256 * 1024;

    public static async Task<JsonBody<T>> ReadJsonAsync<T>(this HttpRequest request, CancellationToken ct)
        where T : class
    {
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        if (request.ContentLength > MaxBytes)
        {
            throw ValidationFailedException.For("body", $"The body is larger than {MaxBytes / 1024} KiB.");
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, ct);
        }
        catch (JsonException)
        {
            throw ValidationFailedException.For("body", "The body is not valid JSON.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw ValidationFailedException.For("body", "The body must be a JSON object.");
            }

            var known = options.GetTypeInfo(typeof(T)).Properties.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var present = document.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var errors = new ValidationErrors();
            foreach (var unknown in present.Where(p => !known.Contains(p)))
            {
                errors.Add(unknown, "Unknown field.");
            }

            errors.ThrowIfAny();
            try
            {
                var value = document.RootElement.Deserialize<T>(options) ?? throw ValidationFailedException.For("body", "The body is empty.");
                return new JsonBody<T>(value, present);
            }
            catch (JsonException e)
            {
                throw ValidationFailedException.For(FieldOf(e.Path), "The value has the wrong type or format (dates are YYYY-MM-DD, numbers are plain JSON numbers).");
            }
        }
    }

    // "$.emails[0].address" → "emails[0].address"
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$').TrimStart('.');
}
