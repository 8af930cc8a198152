using ContactHub.Common;
using ContactHub.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Web.Api;

/// <summary>
/// The one place where failures become RFC 9457 problem details. Each known failure has a stable type URI;
/// anything unexpected is a 500 without internals. A back-office request (<see cref="Hosting.ErrorResponses"/>) gets the
/// same status, and the exception handler then re-executes the error page for it instead of writing JSON.
/// </summary>
internal sealed class ProblemMapping(IProblemDetailsService problems, ILogger<ProblemMapping> logger) : IExceptionHandler
{
    private const string TypeBase = "https://contacthub.dev/problems/";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception) ?? Problem(StatusCodes.Status500InternalServerError, "internal",
            "Something went wrong.", "The request failed on the server and was logged; try again later.");
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled failure on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (!Hosting.ErrorResponses.WantsProblemDetails(httpContext))
        {
            return false;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    public static ProblemDetails? ToProblem(Exception exception) => exception switch
    {
        ValidationFailedException e => new HttpValidationProblemDetails(e.Errors.ToDictionary(x => x.Key, x => x.Value))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Type = TypeBase + "validation",
            Title = "The request has invalid fields.",
            Detail = string.Join(" ", e.Errors.Select(x => $"{x.Key}: {string.Join(" ", x.Value)}")),
        },
        UnknownQueryParameterException e => new HttpValidationProblemDetails(e.Errors.ToDictionary(x => x.Key, x => x.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Type = TypeBase + "unknown-query-parameter",
            Title = "The request has query parameters this endpoint does not know.",
            Detail = e.Message,
        },
        NotFoundException e => Problem(StatusCodes.Status404NotFound, "not-found", "Not found.", e.Message),
        ConflictException e => WithExtensions(Problem(StatusCodes.Status409Conflict, e.Code, "The request conflicts with the current state.", e.Message), e.Extensions),
        PreconditionFailedException e => WithExtensions(
            Problem(StatusCodes.Status412PreconditionFailed, "stale-version", "The contact was changed since you read it.", e.Message),
            new Dictionary<string, object?> { ["currentVersion"] = e.CurrentVersion }),
        DbUpdateConcurrencyException => Problem(StatusCodes.Status412PreconditionFailed, "stale-version", "The contact was changed since you read it.",
            "Someone else changed the contact at the same moment; reload it and apply your change again."),
        DbUpdateException e when Database.IsUniqueViolation(e) => Problem(StatusCodes.Status409Conflict, "duplicate",
            "The request conflicts with the current state.", "Another request created the same entry at the same moment; reload and try again."),
        PreconditionRequiredException e => Problem(StatusCodes.Status428PreconditionRequired, "if-match-required", "If-Match is required.", e.Message),
        IdempotencyKeyReusedException e => Problem(StatusCodes.Status422UnprocessableEntity, "idempotency-key-reused", "Idempotency-Key reused.", e.Message),
        BadHttpRequestException e => Problem(e.StatusCode, "bad-request", "The request could not be read.", e.Message),
        _ => null,
    };

    private static ProblemDetails Problem(int status, string type, string title, string detail) =>
        new() { Status = status, Type = TypeBase + type, Title = title, Detail = detail };

    private static ProblemDetails WithExtensions(ProblemDetails problem, IReadOnlyDictionary<string, object?> extensions)
    {
        foreach (var (key, value) in extensions)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }
}
