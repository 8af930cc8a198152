using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ContactHub.Web.Api.Documentation;

/// <summary>
/// Declares, on every operation, the problem responses <see cref="ProblemMapping"/> can give it — all as
/// <c>application/problem+json</c> with the one <see cref="SchemaName"/> schema — and the headers it reads and
/// writes. Derived from what the endpoint is (authorised, route values, query parameters, a body, a POST, its
/// <see cref="VersionHeaders"/>), so a new endpoint is described without a list to keep.
/// 429 is not declared: the API has no rate limit yet.
/// </summary>
public static class ProblemResponses
{
    public const string SchemaName = "Problem";
    public const string ContentType = "application/problem+json";

    public static OpenApiOptions AddProblemResponses(this OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas[SchemaName] = ProblemSchema();
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var description = context.Description;
            var metadata = description.ActionDescriptor.EndpointMetadata;
            var method = description.HttpMethod ?? "GET";
            var versions = metadata.OfType<VersionHeaders>().LastOrDefault();
            var isPost = HttpMethods.IsPost(method);

            operation.Parameters ??= [];
            if (versions is { IfMatch: not IfMatchUse.None })
            {
                operation.Parameters.Add(Header("If-Match", versions.IfMatch == IfMatchUse.Required,
                    "The contact's ETag as last read; a stale one is refused (412)."
                    + (versions.IfMatch == IfMatchUse.Required ? " Required (428 without)." : " Without it the change applies to the current version.")));
            }

            if (isPost)
            {
                operation.Parameters.Add(Header("Idempotency-Key", false,
                    "Makes a retry safe: the same key with the same request replays the first answer; with another request it is refused (422)."));
            }

            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (response is not OpenApiResponse success || !status.StartsWith('2'))
                {
                    continue;
                }

                if (status is "201" or "202")
                {
                    AddHeader(success, "Location", "The URL of what was created or queued.");
                }

                if (versions is { AnswersETag: true })
                {
                    AddHeader(success, "ETag", "The contact's new version, for If-Match on the next change.");
                }
            }

            var hasBody = operation.RequestBody is not null;
            var readsQuery = description.ParameterDescriptions.Any(p => p.Source == BindingSource.Query || p.Source == BindingSource.ModelBinding);
            var problems = new SortedDictionary<int, string>
            {
                [400] = "An unknown query parameter or an unreadable request.",
            };
            if (metadata.OfType<IAuthorizeData>().Any())
            {
                problems[401] = "No API key, or one that is unknown or revoked.";
                problems[403] = "The key may not do this: the wrong kind of key or a missing scope.";
            }

            if (description.ParameterDescriptions.Any(p => p.Source == BindingSource.Path))
            {
                problems[404] = "Not found, or not visible to this key.";
            }

            if (!HttpMethods.IsGet(method))
            {
                problems[409] = "The change conflicts with the current state (e.g. a uniqueness rule, an entry in use); the type says which.";
            }

            if (versions is { IfMatch: not IfMatchUse.None })
            {
                problems[412] = "The contact changed since it was read: If-Match is stale.";
            }

            if (hasBody || readsQuery || isPost)
            {
                problems[422] = "Invalid fields (the errors map names each), or an Idempotency-Key reused with another request.";
            }

            if (versions is { IfMatch: IfMatchUse.Required })
            {
                problems[428] = "If-Match is required.";
            }

            operation.Responses ??= [];
            foreach (var (status, text) in problems)
            {
                operation.Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
                {
                    Description = text,
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        [ContentType] = new() { Schema = new OpenApiSchemaReference(SchemaName, context.Document) },
                    },
                };
            }

            return Task.CompletedTask;
        });
        return options;
    }

    /// <summary>RFC 9457 as <see cref="ProblemMapping"/> writes it: the standard members, the field-errors map, and the extensions it adds.</summary>
    private static OpenApiSchema ProblemSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details. The type URI is stable per failure (…/problems/validation, …/problems/stale-version, …).",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri", Description = "What went wrong, as a stable URI." },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A short summary of the problem type." },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status code." },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "This occurrence explained." },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "This occurrence's URI, when there is one." },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "400/422 only: each field (or query parameter) name with its messages.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
            ["currentVersion"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Description = "412 only: the contact's current version." },
            ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request's trace id, for support." },
        },
        Required = new HashSet<string> { "type", "title", "status" },
        // A 409 carries its conflict's own extensions (the clashing contacts, ...).
        AdditionalPropertiesAllowed = true,
    };

    private static OpenApiParameter Header(string name, bool required, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = required,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };

    private static void AddHeader(OpenApiResponse response, string name, string description)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
    }
}
