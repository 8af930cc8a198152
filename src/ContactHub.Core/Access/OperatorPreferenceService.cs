using System.Text.Json;
using ContactHub.Common;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Access;

/// <summary>The signed-in operator's own preferences (<see cref="OperatorPreferences"/>): read once per page, changed by the operator only.</summary>
public sealed class OperatorPreferenceService(AppDbContext db, CallerContext caller)
{
    private const int MaxColumns = 100;
    private const int MaxColumnKeyLength = 120;

    /// <summary>One read: the operator's choices and the organisation's zone.</summary>
    public async Task<OperatorPreferences> CurrentAsync(CancellationToken ct)
    {
        var current = caller.Current;
        if (current.OrganisationId is not { } organisationId)
        {
            return OperatorPreferences.Default;
        }

        var organisationZone = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.TimeZone).FirstOrDefaultAsync(ct) ?? DisplayZone.Utc.Id;
        var own = current.ActorKind == ActorKind.Operator
            ? await db.Operators.Where(o => o.Id == current.ActorId).Select(o => new { o.TimeZone, o.Culture, o.ListColumns }).FirstOrDefaultAsync(ct)
            : null;
        return new OperatorPreferences(
            DisplayZone.OrUtc(own?.TimeZone ?? organisationZone), own?.TimeZone, organisationZone, DisplayCulture.OrIso(own?.Culture), ReadColumns(own?.ListColumns));
    }

    public async Task SetDisplayAsync(OperatorDisplayRequest request, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var zone = string.IsNullOrWhiteSpace(request.TimeZone) ? null : errors.Capture("timeZone", () => DisplayZone.Parse(request.TimeZone));
        var culture = errors.Capture("culture", () => DisplayCulture.Parse(request.Culture));
        errors.ThrowIfAny();
        var account = await OwnAccountAsync(ct);
        account.SetPreferences(zone?.Id, culture!.Name, account.ListColumns);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Keeps the operator's choice of list columns; columns not named keep their defaults.</summary>
    public async Task SetListColumnsAsync(IReadOnlyDictionary<string, bool> columns, CancellationToken ct)
    {
        if (columns.Count > MaxColumns || columns.Keys.Any(k => string.IsNullOrWhiteSpace(k) || k.Length > MaxColumnKeyLength))
        {
            throw ValidationFailedException.For("listColumns", $"Choose at most {MaxColumns} columns by their names.");
        }

        var json = JsonSerializer.Serialize(columns.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal));
        if (json.Length > OperatorPreferences.MaxListColumnsLength)
        {
            throw ValidationFailedException.For("listColumns", "Too many columns chosen.");
        }

        var account = await OwnAccountAsync(ct);
        account.SetPreferences(account.TimeZone, account.Culture, json);
        await db.SaveChangesAsync(ct);
    }

    private async Task<Operator> OwnAccountAsync(CancellationToken ct)
    {
        var current = caller.Current;
        return current.ActorKind == ActorKind.Operator
            ? await db.Operators.FirstOrDefaultAsync(o => o.Id == current.ActorId, ct) ?? throw new NotFoundException("The operator")
            : throw new ConflictException("not-an-operator", "Only a signed-in operator has preferences.");
    }

    private static Dictionary<string, bool> ReadColumns(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, bool>>(json) ?? [];
        }
        catch (JsonException)
        {
            // A choice that cannot be read is forgotten: the list shows its defaults.
            return [];
        }
    }
}
