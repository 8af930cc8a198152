using System.Text.Json;
using System.Text.Json.Serialization;
using ContactHub.Common;
using ContactHub.Contacts.Listing;

namespace ContactHub.Contacts.Bulk;

/// <summary>
/// What a bulk action works on, as a run keeps it (<see cref="Runs.Run.Input"/>): the selected ids, or the list's
/// query, which the run reads again as its requester — so the result is the filter's when the run starts, within the
/// requester's organisation and clearance.
/// </summary>
internal sealed record BulkTarget(IReadOnlyList<Guid>? Ids, ContactQuery? Filter)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(), new CountryCodeConverter() },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static BulkTarget FromJson(string? json) =>
        json is null ? new BulkTarget([], null) : JsonSerializer.Deserialize<BulkTarget>(json, Json) ?? new BulkTarget([], null);

    private sealed class CountryCodeConverter : JsonConverter<CountryCode>
    {
        public override CountryCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => CountryCode.Parse(reader.GetString());

        public override void Write(Utf8JsonWriter writer, CountryCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }
}
