using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Interactions;

/// <summary>
/// Recording, changing and listing interactions. Clearance comes from the contacts: a caller sees an interaction when it
/// may see at least one of its contacts, and is never told of the others (the contacts' query filter decides both).
/// Every change is audited through the save pipeline; each contact's history records the interaction.
/// </summary>
public sealed class InteractionService(AppDbContext db, Access.CallerContext caller, TimeProvider clock)
{
    public const int MaxPageSize = 200;
    public const int MaxContacts = 50;

    public async Task<InteractionView> CreateAsync(InteractionRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var interaction = new Interaction(caller.RequireOrganisation(), caller.Current, now)
        {
            Status = request.Status ?? InteractionStatus.Open,
        };
        var errors = new ValidationErrors();
        if (request.Type is null)
        {
            errors.Add("type", "Choose the type: call, email, letter, meeting or document.");
        }

        if (request.Direction is null)
        {
            errors.Add("direction", "Say whether it came in or went out.");
        }

        Apply(interaction, request, null, errors);
        var ids = (request.ContactIds ?? []).Distinct().ToList();
        if (ids.Count is 0 or > MaxContacts)
        {
            errors.Add("contactIds", $"Name 1 to {MaxContacts} contacts.");
        }
        else
        {
            // A contact above the caller's clearance does not exist for it: refused like an unknown one.
            var visible = await db.Contacts.Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
            if (visible.Count != ids.Count)
            {
                errors.Add("contactIds", $"Unknown contact: {string.Join(", ", ids.Except(visible))}.");
            }
        }

        errors.ThrowIfAny();
        ids.ForEach(interaction.AddContact);
        db.Add(interaction);
        await db.SaveChangesAsync(ct);
        return await GetAsync(interaction.Id, ct);
    }

    /// <summary>Merge-patch of the <paramref name="present"/> fields; the contacts stay.</summary>
    public async Task<InteractionView> UpdateAsync(Guid id, InteractionRequest request, IReadOnlySet<string> present, CancellationToken ct)
    {
        var interaction = await Visible().FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw NotFound();
        var errors = new ValidationErrors();
        if (present.Contains("contactIds"))
        {
            errors.Add("contactIds", "The contacts of an interaction cannot be changed; record a new one instead.");
        }

        foreach (var name in new[] { "type", "direction", "status" }.Where(n => present.Contains(n)))
        {
            if ((name == "type" && request.Type is null) || (name == "direction" && request.Direction is null) || (name == "status" && request.Status is null))
            {
                errors.Add(name, "A value is required.");
            }
        }

        Apply(interaction, request, present, errors);
        errors.ThrowIfAny();
        interaction.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<InteractionView> GetAsync(Guid id, CancellationToken ct)
    {
        var interaction = await Visible().AsNoTracking().Include(i => i.Contacts).FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw NotFound();
        return (await ViewsAsync([interaction], ct))[0];
    }

    /// <summary>Newest first (when it happened, then when recorded); a contact's list needs the contact to be visible.</summary>
    public async Task<InteractionPage> ListAsync(InteractionQuery query, CancellationToken ct)
    {
        if (query.Limit is < 1 or > MaxPageSize)
        {
            throw ValidationFailedException.For("limit", $"The limit must be between 1 and {MaxPageSize}.");
        }

        if (query.From is { } start && query.To is { } end && end < start)
        {
            throw ValidationFailedException.For("to", "The end of the range must not be before its start.");
        }

        var interactions = Visible().AsNoTracking();
        if (query.ContactId is { } contactId)
        {
            if (!await db.Contacts.AnyAsync(c => c.Id == contactId, ct))
            {
                throw new NotFoundException("The contact");
            }

            interactions = interactions.Where(i => i.Contacts.Any(c => c.ContactId == contactId));
        }

        if (query.Type is { } type)
        {
            interactions = interactions.Where(i => i.Type == type);
        }

        if (query.Status is { } status)
        {
            interactions = interactions.Where(i => i.Status == status);
        }

        if (query.From?.UtcDateTime is { } from)
        {
            interactions = interactions.Where(i => i.OccurredAt >= from);
        }

        if (query.To?.UtcDateTime is { } to)
        {
            interactions = interactions.Where(i => i.OccurredAt < to);
        }

        if (query.Cursor is { } cursor)
        {
            var afterId = Cursor.Decode(cursor);
            var after = await db.Set<Interaction>().Where(i => i.Id == afterId).Select(i => (DateTime?)i.OccurredAt).FirstOrDefaultAsync(ct)
                ?? throw ValidationFailedException.For("cursor", "The cursor is not one this API returned.");
            interactions = interactions.Where(i => i.OccurredAt < after || (i.OccurredAt == after && i.Id.CompareTo(afterId) < 0));
        }

        var rows = await interactions.Include(i => i.Contacts).OrderByDescending(i => i.OccurredAt).ThenByDescending(i => i.Id).Take(query.Limit + 1).ToListAsync(ct);
        var page = rows.Take(query.Limit).ToList();
        return new InteractionPage(await ViewsAsync(page, ct), rows.Count > query.Limit ? Cursor.Encode(page[^1].Id) : null);
    }

    /// <summary>The subjects of interactions by id, for naming them in a contact's history.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> SubjectsAsync(Guid contactId, CancellationToken ct) =>
        await Visible().Where(i => i.Contacts.Any(c => c.ContactId == contactId)).ToDictionaryAsync(i => i.Id, i => i.Subject, ct);

    // Only interactions with at least one contact the caller may see: the contacts' query filter applies clearance and the recycle bin.
    private IQueryable<Interaction> Visible() =>
        db.Set<Interaction>().Where(i => i.Contacts.Any(ic => db.Contacts.Any(c => c.Id == ic.ContactId)));

    private async Task<List<InteractionView>> ViewsAsync(IReadOnlyList<Interaction> interactions, CancellationToken ct)
    {
        var ids = interactions.SelectMany(i => i.Contacts.Select(c => c.ContactId)).Distinct().ToList();
        var order = (await db.ReadRulesAsync(ct)).NameOrder;
        var names = (await db.Contacts.AsNoTracking().Where(c => ids.Contains(c.Id))
                .Select(c => new { c.Id, c.Kind, c.FirstName, c.MiddleName, c.LastName, c.CompanyName }).ToListAsync(ct))
            .ToDictionary(c => c.Id, c => NameFormatter.Format(order, c.Kind, c.FirstName, c.MiddleName, c.LastName, c.CompanyName));
        return [.. interactions.Select(i => new InteractionView(
            i.Id, i.Type, i.Direction, i.Status, i.Medium, i.Subject, i.Description, i.OccurredAt, i.OperatorId, i.RecordedBy,
            [.. i.Contacts.Where(c => names.ContainsKey(c.ContactId)).Select(c => new InteractionContactView(c.ContactId, names[c.ContactId]))],
            i.CreatedAt, i.UpdatedAt))];
    }

    // Applies the present fields (all given ones when creating); the rules of each field in one place.
    private static void Apply(Interaction interaction, InteractionRequest request, IReadOnlySet<string>? present, ValidationErrors errors)
    {
        bool Has(string name, object? value) => present?.Contains(name) ?? value is not null;
        if (request.Type is { } type)
        {
            interaction.Type = type;
        }

        if (request.Direction is { } direction)
        {
            interaction.Direction = direction;
        }

        if (request.Status is { } status)
        {
            interaction.Status = status;
        }

        if (present is null || present.Contains("subject"))
        {
            var subject = request.Subject?.Trim() ?? string.Empty;
            if (subject.Length is 0 or > Interaction.MaxSubject || subject.Any(char.IsControl))
            {
                errors.Add("subject", $"A subject of 1 to {Interaction.MaxSubject} characters on one line is required.");
            }

            interaction.Subject = subject;
        }

        if (Has("medium", request.Medium))
        {
            var medium = string.IsNullOrWhiteSpace(request.Medium) ? null : request.Medium.Trim();
            if (medium is { Length: > Interaction.MaxMedium } || medium?.Any(char.IsControl) == true)
            {
                errors.Add("medium", $"A medium of at most {Interaction.MaxMedium} characters on one line, e.g. phone, e-mail, post, in person, video.");
            }

            interaction.Medium = medium;
        }

        if (Has("description", request.Description))
        {
            var description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim().ReplaceLineEndings("\n");
            if (description is { Length: > Interaction.MaxDescription })
            {
                errors.Add("description", $"At most {Interaction.MaxDescription} characters of plain text.");
            }

            interaction.Description = description;
        }

        if (present is null || present.Contains("occurredAt"))
        {
            if (request.OccurredAt is { } occurredAt)
            {
                interaction.OccurredAt = occurredAt.UtcDateTime;
            }
            else
            {
                errors.Add("occurredAt", "Say when it happened (an ISO 8601 date-time).");
            }
        }
    }

    private static NotFoundException NotFound() => new("The interaction");
}
