using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace ContactHub.Web.Api;

/// <summary>The contact's version is its entity tag: "7". Changes must send it back in If-Match.</summary>
public static class ETags
{
    public static void SetETag(this HttpResponse response, long version) =>
        response.Headers.ETag = Format(version);

    public static string Format(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// The version the caller read: missing If-Match is refused (428), an unreadable one can never match (412),
    /// and "*" (any current version, RFC 9110 13.1.1) gives null.
    /// </summary>
    public static long? RequireIfMatch(this HttpRequest request) =>
        string.IsNullOrWhiteSpace(request.Headers.IfMatch.ToString()) ? throw new PreconditionRequiredException() : request.OptionalIfMatch();

    /// <summary>For sub-resources If-Match is optional: without it the change applies to whatever is current.</summary>
    public static long? OptionalIfMatch(this HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        if (header.Trim() == "*")
        {
            return null;
        }

        if (!EntityTagHeaderValue.TryParseList([header], out var tags) || tags.Count != 1 || tags[0].Tag.Length < 3)
        {
            return -1;
        }

        var value = tags[0].Tag.Value![1..^1];
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1;
    }
}
