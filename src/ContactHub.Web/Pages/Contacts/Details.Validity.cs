using ContactHub.Contacts;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>
/// Invalidating and revalidating a contact (seed 002): an invalid contact is kept and found with "with invalid", but no
/// message reaches it. Both are a change of the validity end date through the same patch as the edit form.
/// </summary>
public sealed partial class DetailsModel
{
    public Task<IActionResult> OnPostValidityAsync(Guid id, bool valid, long version, CancellationToken ct) =>
        ChangeAsync(id, "general", "validUntil", () =>
        {
            // Valid until yesterday is invalid from today; revalidating removes the end date.
            var until = valid ? (DateOnly?)null : DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-1);
            return contacts.UpdateAsync(id, new ContactRequest { ValidUntil = until }, ValidUntilField, version, ct);
        }, ct);

    private static readonly IReadOnlySet<string> ValidUntilField = new HashSet<string>(StringComparer.Ordinal) { "validUntil" };
}
