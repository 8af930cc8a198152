using System.Security.Cryptography;
using System.Text;
using ContactHub.Access;
using ContactHub.Data;
using ContactHub.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Web.Api;

/// <summary>
/// Honours Idempotency-Key on POST: the same key with the same request replays the first response; the same key
/// with another request is refused (422); a retry while the first is still running gets 409. The key is reserved
/// in its own unit of work before the request runs, so the database's primary key decides any race. Keys are
/// per actor (API key or operator): the same key sent by another actor is a request of its own, never a replay.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, TimeProvider clock)
{
    public const string Header = "Idempotency-Key";

    public async Task InvokeAsync(HttpContext context, CallerContext caller, IServiceScopeFactory scopes)
    {
        var key = context.Request.Headers[Header].ToString();
        if (!HttpMethods.IsPost(context.Request.Method) || key.Length == 0
            || caller.OrganisationId is not { } organisationId || caller.Current.ActorId is not { } actorId)
        {
            await next(context);
            return;
        }

        if (key.Length > 200 || key.Any(char.IsControl))
        {
            throw Common.ValidationFailedException.For(Header, "The Idempotency-Key must be 1 to 200 printable characters.");
        }

        var hash = await HashRequestAsync(context.Request);
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().Current = caller.Current;
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var existing = await ReserveAsync(db, new IdempotencyRecord(organisationId, actorId, key, hash, clock.GetUtcNow().UtcDateTime), context.RequestAborted);
        if (existing is not null)
        {
            await ReplayAsync(context, existing, hash);
            return;
        }

        var record = await db.IdempotencyRecords.SingleAsync(r => r.ActorId == actorId && r.Key == key, context.RequestAborted);
        var original = context.Response.Body;
        using var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await next(context);
        }
        catch
        {
            await ReleaseAsync(db, record);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }

        captured.Position = 0;
        await captured.CopyToAsync(original, context.RequestAborted);
        if (context.Response.StatusCode >= 500)
        {
            await ReleaseAsync(db, record);
            return;
        }

        record.Complete(context.Response.StatusCode, context.Response.Headers.Location, context.Response.ContentType, captured.ToArray());
        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>Inserts the reservation; returns the record already there when the key was used before.</summary>
    private static async Task<IdempotencyRecord?> ReserveAsync(AppDbContext db, IdempotencyRecord reservation, CancellationToken ct)
    {
        var existing = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.ActorId == reservation.ActorId && r.Key == reservation.Key, ct);
        if (existing is not null)
        {
            return existing;
        }

        db.IdempotencyRecords.Add(reservation);
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException e) when (Database.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return await db.IdempotencyRecords.AsNoTracking().FirstAsync(r => r.ActorId == reservation.ActorId && r.Key == reservation.Key, ct);
        }
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyRecord record, string hash)
    {
        if (record.RequestHash != hash)
        {
            throw new IdempotencyKeyReusedException();
        }

        if (!record.IsComplete)
        {
            throw new Common.ConflictException("idempotency-in-progress", "A request with this Idempotency-Key is still being processed; retry shortly.");
        }

        context.Response.StatusCode = record.StatusCode;
        context.Response.Headers["Idempotent-Replayed"] = "true";
        if (record.Location is not null)
        {
            context.Response.Headers.Location = record.Location;
        }

        if (record.ContentType is not null)
        {
            context.Response.ContentType = record.ContentType;
        }

        await context.Response.Body.WriteAsync(record.ResponseBody ?? [], context.RequestAborted);
    }

    private static async Task ReleaseAsync(AppDbContext db, IdempotencyRecord record)
    {
        db.IdempotencyRecords.Remove(record);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private static async Task<string> HashRequestAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}\n"));
        var buffer = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
        {
            sha.AppendData(buffer, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
