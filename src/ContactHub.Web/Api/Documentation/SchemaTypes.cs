using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ContactHub.Web.Api.Documentation;

/// <summary>
/// Schemas as the API writes its values, for generated clients:
/// <list type="bullet">
/// <item>an enum is a string (the wire format is <c>JsonStringEnumConverter</c>'s camelCase names), so
///   <c>type: string</c> is stated — the generator leaves an enum untyped;</item>
/// <item>a number is <c>integer</c> or <c>number</c> only: the web JSON defaults also <em>read</em> numbers from
///   strings (<c>JsonNumberHandling.AllowReadingFromString</c>), which the generator documents as
///   <c>integer|string</c> with a pattern. The server always writes numbers, and the lenient reading stays as it is;
///   the document states the form a client should send.</item>
/// </list>
/// </summary>
public static class SchemaTypes
{
    private const JsonSchemaType Numeric = JsonSchemaType.Integer | JsonSchemaType.Number;

    public static OpenApiOptions AddSchemaTypes(this OpenApiOptions options)
    {
        options.AddSchemaTransformer((schema, context, _) =>
        {
            var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
            if (type.IsEnum && schema.Enum is { Count: > 0 })
            {
                schema.Type = JsonSchemaType.String;
            }

            if (schema.Type is { } declared && (declared & Numeric) != 0 && declared.HasFlag(JsonSchemaType.String))
            {
                schema.Type = declared & ~JsonSchemaType.String;
                schema.Pattern = null;
            }

            return Task.CompletedTask;
        });
        return options;
    }
}
