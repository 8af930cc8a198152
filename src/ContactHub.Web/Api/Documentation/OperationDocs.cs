namespace ContactHub.Web.Api.Documentation;

/// <summary>
/// The one way an endpoint describes itself in the OpenAPI document: a stable operationId (also the endpoint's
/// name, so two endpoints cannot share one — routing refuses duplicate names at start-up), a summary and a
/// description. Generated clients name their methods after the operationId: renaming one breaks them.
/// </summary>
public static class OperationDocs
{
    public static RouteHandlerBuilder Documented(this RouteHandlerBuilder endpoint, string operationId, string summary, string description) =>
        endpoint.WithName(operationId).WithSummary(summary).WithDescription(description);
}
