using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Contacts;
using ContactHub.Contacts.Listing;
using ContactHub.CustomFields;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Segments;

/// <summary>
/// Segments: create, read, change, delete, and their members. A private segment exists only for its owner; a shared one
/// for every operator and API key of the organisation. Only the owner or an administrator (or an API key, which an
/// administrator configured) may change one. Members are always read through <c>db.Contacts</c>, so the tenant and
/// clearance filters apply: a contact above the caller's clearance is never a member for that caller.
/// </summary>
public sealed class SegmentService(AppDbContext db, CallerContext caller, TimeProvider clock, ContactQueryReader reader)
{
    public const int MaxIds = 10_000;

    private Caller Caller => caller.Current;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<SegmentSummary>> ListAsync(CancellationToken ct)
    {
        var rows = await Visible().OrderBy(s => s.Name).ToListAsync(ct);
        return [.. rows.Select(s => new SegmentSummary(s.Id, s.Name, s.Kind, s.Shared, OwnerOf(s), s.UpdatedAt))];
    }

    public async Task<SegmentView> GetAsync(Guid id, CancellationToken ct) => await ViewAsync(await FindAsync(id, ct), ct);

    public async Task<SegmentView> CreateAsync(SegmentRequest request, CancellationToken ct)
    {
        var kind = request.Kind ?? SegmentKind.Dynamic;
        var (name, groups) = await ValidateAsync(request, kind, null, ct);
        var segment = new Segment(caller.RequireOrganisation(), name, kind, Caller, Now);
        segment.Describe(name, Trimmed(request.Description), request.Shared ?? false);
        segment.Define(groups);
        db.Add(segment);
        AddMembers(segment, request.Include ?? [], excluded: false);
        AddMembers(segment, request.Exclude ?? [], excluded: true);
        await db.SaveChangesAsync(ct);
        return await ViewAsync(segment, ct);
    }

    /// <summary>Replaces the segment's name, description, sharing and definition (its kind stays); a static segment keeps its members unless <see cref="SegmentRequest.Include"/> is given.</summary>
    public async Task<SegmentView> UpdateAsync(Guid id, SegmentRequest request, long? expectedVersion, CancellationToken ct)
    {
        var segment = await ChangeableAsync(id, expectedVersion, ct);
        var (name, groups) = await ValidateAsync(request, segment.Kind, segment.Id, ct);
        segment.Describe(name, Trimmed(request.Description), request.Shared ?? segment.Shared);
        segment.Define(groups);
        if (segment.Kind == SegmentKind.Dynamic || request.Include is not null)
        {
            await ReplaceMembersAsync(segment, request.Include ?? [], excluded: false, ct);
        }

        await ReplaceMembersAsync(segment, request.Exclude ?? [], excluded: true, ct);
        segment.Touch(Now);
        await db.SaveChangesAsync(ct);
        return await ViewAsync(segment, ct);
    }

    public async Task DeleteAsync(Guid id, long? expectedVersion, CancellationToken ct)
    {
        var segment = await ChangeableAsync(id, expectedVersion, ct);
        db.Remove(segment);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds contacts to a static segment by hand (already present ones stay as they are).</summary>
    public async Task<SegmentView> AddMembersAsync(Guid id, IReadOnlyList<Guid> contactIds, CancellationToken ct)
    {
        var segment = await StaticAsync(id, ct);
        var errors = new ValidationErrors();
        await RequireVisibleAsync(contactIds, "contactIds", errors, ct);
        errors.ThrowIfAny();
        var present = await db.Set<SegmentMember>().Where(m => m.SegmentId == id && contactIds.Contains(m.ContactId)).Select(m => m.ContactId).ToListAsync(ct);
        AddMembers(segment, [.. contactIds.Except(present)], excluded: false);
        segment.Touch(Now);
        await db.SaveChangesAsync(ct);
        return await ViewAsync(segment, ct);
    }

    public async Task<SegmentView> RemoveMembersAsync(Guid id, IReadOnlyList<Guid> contactIds, CancellationToken ct)
    {
        var segment = await StaticAsync(id, ct);
        if (contactIds.Count > MaxIds)
        {
            throw ValidationFailedException.For("contactIds", $"At most {MaxIds} contacts at once.");
        }

        db.RemoveRange(await db.Set<SegmentMember>().Where(m => m.SegmentId == id && !m.Excluded && contactIds.Contains(m.ContactId)).ToListAsync(ct));
        segment.Touch(Now);
        await db.SaveChangesAsync(ct);
        return await ViewAsync(segment, ct);
    }

    /// <summary>A new static segment (private, the caller's) whose members are this segment's members now.</summary>
    public async Task<SegmentView> FreezeAsync(Guid id, string? name, CancellationToken ct)
    {
        var members = await MembersAsync(id, ct);
        var ids = await members.OrderBy(c => c.Id).Select(c => c.Id).Take(MaxIds + 1).ToListAsync(ct);
        if (ids.Count > MaxIds)
        {
            throw ValidationFailedException.For("id", $"Only segments of at most {MaxIds} contacts can be frozen into a static one.");
        }

        return await CreateAsync(new SegmentRequest(name, Kind: SegmentKind.Static, Include: ids), ct);
    }

    /// <summary>
    /// The segment's members: for a dynamic segment the contacts any group matches (each group the list's filters,
    /// combined by AND) plus the included ones; for a static segment its members; in both less the excluded ones.
    /// </summary>
    public async Task<IQueryable<Contact>> MembersAsync(Guid id, CancellationToken ct) => await MembersOfAsync(await FindAsync(id, ct), ct);

    public async Task<ContactPage> ContactsAsync(Guid id, string? cursor, int limit, CancellationToken ct)
    {
        var members = await MembersAsync(id, ct);
        var today = DateOnly.FromDateTime(Now);
        return await ContactListing.PageAsync(members, null, new ContactQuery(Cursor: cursor, Limit: limit), await db.ReadRulesAsync(ct), today, ct);
    }

    public async Task<int> CountAsync(Guid id, CancellationToken ct) => await (await MembersAsync(id, ct)).CountAsync(ct);

    private async Task<IQueryable<Contact>> MembersOfAsync(Segment segment, CancellationToken ct)
    {
        var id = segment.Id;
        var named = db.Set<SegmentMember>().Where(m => m.SegmentId == id);
        var hasIncluded = await named.AnyAsync(m => !m.Excluded, ct);
        var hasExcluded = await named.AnyAsync(m => m.Excluded, ct);
        var included = named.Where(m => !m.Excluded).Select(m => m.ContactId);
        var excluded = named.Where(m => m.Excluded).Select(m => m.ContactId);

        var contacts = db.Contacts.AsNoTracking();
        var matched = segment.Kind == SegmentKind.Dynamic ? await MatchedAsync(segment, ct) : null;
        contacts = (matched, hasIncluded) switch
        {
            (null, _) => contacts.Where(c => included.Contains(c.Id)),
            ({ } filtered, false) => filtered,
            ({ } filtered, true) => contacts.Where(c => filtered.Select(f => f.Id).Contains(c.Id) || included.Contains(c.Id)),
        };
        return hasExcluded ? contacts.Where(c => !excluded.Contains(c.Id)) : contacts;
    }

    // One group is the list's query as it is (its plan is the list's); several are the union of their ids.
    private async Task<IQueryable<Contact>?> MatchedAsync(Segment segment, CancellationToken ct)
    {
        var groups = segment.GroupList;
        if (groups.Count == 0)
        {
            return db.Contacts.AsNoTracking().Where(c => false);
        }

        var queries = new List<IQueryable<Contact>>();
        for (var i = 0; i < groups.Count; i++)
        {
            var query = reader(groups[i], $"groups[{i}]") with { IncludeArchivedFields = true };
            queries.Add(await new ContactListService(db, clock).MatchingAsync(query, ct));
        }

        if (queries.Count == 1)
        {
            return queries[0];
        }

        var ids = queries.Skip(1).Aggregate(queries[0].Select(c => c.Id), (union, next) => union.Union(next.Select(c => c.Id)));
        return db.Contacts.AsNoTracking().Where(c => ids.Contains(c.Id));
    }

    private async Task<(string Name, IReadOnlyList<IReadOnlyDictionary<string, string?>> Groups)> ValidateAsync(SegmentRequest request, SegmentKind kind, Guid? self, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var name = Trimmed(request.Name);
        if (name is null || name.Length > Segment.MaxNameLength)
        {
            errors.Add("name", $"Name the segment (at most {Segment.MaxNameLength} characters).");
        }
        else if (await db.Set<Segment>().AnyAsync(s => s.Name == name && s.Id != self, ct))
        {
            errors.Add("name", "Another segment of the organisation has this name.");
        }

        var groups = request.Groups ?? [];
        if (kind == SegmentKind.Static && groups.Count > 0)
        {
            errors.Add("groups", "A static segment has members, not filters.");
        }

        for (var i = 0; i < groups.Count; i++)
        {
            try
            {
                var query = reader(groups[i], $"groups[{i}]") with { IncludeArchivedFields = true };
                await new ContactListService(db, clock).MatchingAsync(query, ct);
            }
            catch (ValidationFailedException e)
            {
                foreach (var (field, messages) in e.Errors)
                {
                    Array.ForEach(messages, m => errors.Add(field.StartsWith("groups[", StringComparison.Ordinal) ? field : $"groups[{i}].{field}", m));
                }
            }
        }

        await RequireVisibleAsync(request.Include ?? [], "include", errors, ct);
        await RequireVisibleAsync(request.Exclude ?? [], "exclude", errors, ct);
        if ((request.Include ?? []).Intersect(request.Exclude ?? []).Any())
        {
            errors.Add("exclude", "A contact cannot be both included and excluded.");
        }

        errors.ThrowIfAny();
        return (name!, groups);
    }

    // A contact the caller cannot see cannot be named: it reads as missing, as everywhere.
    private async Task RequireVisibleAsync(IReadOnlyList<Guid> ids, string field, ValidationErrors errors, CancellationToken ct)
    {
        if (ids.Count > MaxIds)
        {
            errors.Add(field, $"At most {MaxIds} contacts at once.");
            return;
        }

        var distinct = ids.Distinct().ToList();
        var found = await db.Contacts.Where(c => distinct.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        for (var i = 0; i < ids.Count; i++)
        {
            if (!found.Contains(ids[i]))
            {
                errors.Add($"{field}[{i}]", "No such contact.");
            }
        }
    }

    private async Task ReplaceMembersAsync(Segment segment, IReadOnlyList<Guid> contactIds, bool excluded, CancellationToken ct)
    {
        var id = segment.Id;
        var rows = await db.Set<SegmentMember>().Where(m => m.SegmentId == id && m.Excluded == excluded).ToListAsync(ct);
        db.RemoveRange(rows.Where(r => !contactIds.Contains(r.ContactId)));
        AddMembers(segment, contactIds.Except(rows.Select(r => r.ContactId)), excluded);
    }

    private void AddMembers(Segment segment, IEnumerable<Guid> contactIds, bool excluded)
    {
        foreach (var contactId in contactIds.Distinct())
        {
            db.Add(new SegmentMember(segment.OrganisationId, segment.Id, contactId, excluded, Caller.ActorName, Now));
        }
    }

    private IQueryable<Segment> Visible()
    {
        var actor = Caller.ActorId;
        return db.Set<Segment>().Where(s => s.Shared || (actor != null && s.OwnerId == actor));
    }

    private async Task<Segment> FindAsync(Guid id, CancellationToken ct) =>
        await Visible().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("The segment");

    private async Task<Segment> StaticAsync(Guid id, CancellationToken ct)
    {
        var segment = await ChangeableAsync(id, null, ct);
        return segment.Kind == SegmentKind.Static
            ? segment
            : throw new ConflictException("segment-not-static", "Only a static segment has members added or removed by hand; a dynamic one names contacts in include and exclude.");
    }

    private async Task<Segment> ChangeableAsync(Guid id, long? expectedVersion, CancellationToken ct)
    {
        var segment = await FindAsync(id, ct);
        if (!await MayChangeAsync(segment, ct))
        {
            throw new ConflictException("segment-owned", "Only the segment's owner or an administrator may change it.");
        }

        if (expectedVersion is { } expected && expected != segment.Version)
        {
            throw new PreconditionFailedException(segment.Version);
        }

        return segment;
    }

    private async Task<bool> MayChangeAsync(Segment segment, CancellationToken ct) =>
        segment.IsOwnedBy(Caller)
        || Caller.ActorKind is ActorKind.ApiKey or ActorKind.System
        || (Caller.ActorKind == ActorKind.Operator && await db.Operators.AnyAsync(o => o.Id == Caller.ActorId && o.Role == OperatorRole.Administrator, ct));

    private async Task<SegmentView> ViewAsync(Segment segment, CancellationToken ct)
    {
        var id = segment.Id;
        var named = await db.Set<SegmentMember>().AsNoTracking()
            .Where(m => m.SegmentId == id && (m.Excluded || segment.Kind == SegmentKind.Dynamic))
            .OrderBy(m => m.AddedAt).Select(m => new { m.ContactId, m.Excluded }).Take(2 * MaxIds).ToListAsync(ct);
        return new SegmentView(
            segment.Id, segment.Name, segment.Description, segment.Kind, segment.Shared, OwnerOf(segment), segment.GroupList,
            [.. named.Where(m => !m.Excluded).Select(m => m.ContactId)], [.. named.Where(m => m.Excluded).Select(m => m.ContactId)],
            await WarningsAsync(segment, ct), await MayChangeAsync(segment, ct), segment.CreatedAt, segment.UpdatedAt, segment.Version);
    }

    // What the definition names that is archived since: the segment still filters by it.
    private async Task<IReadOnlyList<string>> WarningsAsync(Segment segment, CancellationToken ct)
    {
        var keys = segment.GroupList.SelectMany(g => g.Keys)
            .Select(name => CustomFieldFilter.FromParameter(name, string.Empty)?.Key).OfType<string>().Distinct().ToList();
        if (keys.Count == 0)
        {
            return [];
        }

        var archived = await db.Set<CustomFieldDefinition>().Where(f => f.IsArchived && keys.Contains(f.Key)).Select(f => f.Key).ToListAsync(ct);
        return [.. archived.Order(StringComparer.Ordinal).Select(k => $"custom field '{k}' is archived")];
    }

    private static SegmentOwner OwnerOf(Segment segment) => new(segment.OwnerKind, segment.OwnerId, segment.OwnerName);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
