using ContactHub.Contacts;
using Microsoft.AspNetCore.Mvc;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>The photo on the contact page: shown through the page (the API's photo endpoint takes keys, not the operator's cookie), uploaded and removed.</summary>
public sealed partial class DetailsModel
{
    /// <summary>Served by the same core read as the API, so a contact above the operator's clearance has no photo either.</summary>
    public async Task<IActionResult> OnGetPhotoAsync(Guid id, CancellationToken ct)
    {
        var photo = await links.GetPhotoAsync(id, ct);
        Response.Headers.CacheControl = "private, no-cache";
        return File(photo.Data, photo.ContentType);
    }

    public Task<IActionResult> OnPostPhotoAsync(Guid id, IFormFile? upload, CancellationToken ct) =>
        ChangeAsync(id, "general", "photo", async () =>
        {
            if (upload is null || upload.Length == 0)
            {
                throw ContactHub.Common.ValidationFailedException.For("photo", "Choose an image file (JPEG, PNG, GIF or WebP).");
            }

            // One byte past the limit is enough for the core to refuse an oversized file without reading all of it.
            var data = new byte[Math.Min(upload.Length, ContactPhoto.MaxBytes + 1)];
            await using var stream = upload.OpenReadStream();
            await stream.ReadExactlyAsync(data, ct);
            await links.SetPhotoAsync(id, data, ct);
        }, ct);

    public Task<IActionResult> OnPostRemovePhotoAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, "general", "photo", () => links.RemovePhotoAsync(id, ct), ct);
}
