using System.Buffers.Binary;
using ContactHub.Common;
using ContactHub.Data;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Contacts.RecycleBin;

/// <summary>A contact in the recycle bin: who it was, when it was deleted, and from when the purge may remove it.</summary>
public sealed record DeletedContactView(Guid Id, ContactKind Kind, string DisplayName, DateTime DeletedAt, DateTime PurgedFrom, long Version);

public sealed record RecycleBinPage(IReadOnlyList<DeletedContactView> Items, string? NextCursor);

/// <summary>
/// The recycle bin: a deleted contact (<see cref="ContactService.DeleteAsync"/> sets <see cref="Contact.DeletedAt"/>) is
/// listed here, newest deletion first, and can be restored until <see cref="RecycleBinPurge"/> removes it for good
/// (<see cref="RetentionPeriod"/> after its deletion). The tenant and clearance filters hold as everywhere: a deleted
/// contact above the caller's clearance is not in the caller's bin. Restoring runs the save pipeline like any change:
/// audited, and refused (409) when another contact took its unique keys meanwhile.
/// </summary>
public sealed class RecycleBinService(AppDbContext db)
{
    public const int MaxPageSize = 200;

    public static readonly TimeSpan RetentionPeriod = TimeSpan.FromDays(30);

    public async Task<RecycleBinPage> ListAsync(string? cursor, int limit, CancellationToken ct)
    {
        if (limit is < 1 or > MaxPageSize)
        {
            throw ValidationFailedException.For("limit", $"Must be between 1 and {MaxPageSize}.");
        }

        var deleted = Deleted(db);
        if (cursor is not null)
        {
            var (at, id) = DecodeCursor(cursor);
            deleted = deleted.Where(c => c.DeletedAt < at || (c.DeletedAt == at && c.Id.CompareTo(id) < 0));
        }

        var rules = await db.ReadRulesAsync(ct);
        // Emails and phones name a contact saved without a name.
        var page = await deleted.AsNoTracking().Include(c => c.Emails).Include(c => c.Phones).AsSplitQuery().OrderByDescending(c => c.DeletedAt).ThenByDescending(c => c.Id).Take(limit + 1).ToListAsync(ct);
        var items = page.Take(limit).Select(c => new DeletedContactView(
            c.Id, c.Kind, NameFormatter.Format(rules.NameOrder, c), c.DeletedAt!.Value, c.DeletedAt.Value + RetentionPeriod, c.Version)).ToList();
        return new RecycleBinPage(items, page.Count > limit ? EncodeCursor(items[^1].DeletedAt, items[^1].Id) : null);
    }

    /// <summary>Takes the contact out of the bin; 404 when it is not in the caller's bin, 409 when a uniqueness rule refuses it.</summary>
    public async Task<ContactView> RestoreAsync(Guid id, CancellationToken ct)
    {
        var contact = await ContactStore.WithParts(Deleted(db)).FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException("The deleted contact");
        contact.ReadableWith(db.Sealer).Restore();
        await db.SaveChangesAsync(ct);
        return await db.ViewAsync(contact, ct);
    }

    internal static IQueryable<Contact> Deleted(AppDbContext db) => db.Contacts.WithRecycleBin().Where(c => c.DeletedAt != null);

    // (deletion time, id) of the last item: the keyset of the bin's order.
    private static string EncodeCursor(DateTime at, Guid id)
    {
        var bytes = new byte[24];
        BinaryPrimitives.WriteInt64BigEndian(bytes, at.Ticks);
        id.TryWriteBytes(bytes.AsSpan(8), bigEndian: true, out _);
        return System.Buffers.Text.Base64Url.EncodeToString(bytes);
    }

    private static (DateTime At, Guid Id) DecodeCursor(string cursor)
    {
        try
        {
            var bytes = System.Buffers.Text.Base64Url.DecodeFromChars(cursor);
            return bytes.Length == 24
                ? (new DateTime(BinaryPrimitives.ReadInt64BigEndian(bytes), DateTimeKind.Utc), new Guid(bytes.AsSpan(8), bigEndian: true))
                : throw new FormatException();
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException)
        {
            throw ValidationFailedException.For("cursor", "The cursor is not one this API returned.");
        }
    }
}
