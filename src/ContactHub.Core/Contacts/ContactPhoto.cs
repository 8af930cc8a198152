using ContactHub.Common;

namespace ContactHub.Contacts;

/// <summary>A contact's photo, kept apart from the contact row so lists never load the bytes.</summary>
public sealed class ContactPhoto : IOrganisationOwned
{
    public const int MaxBytes = 1024 * 1024;

    private ContactPhoto()
    {
        ContentType = string.Empty;
        Data = [];
    }

    internal ContactPhoto(Guid organisationId, Guid contactId, string contentType, byte[] data)
    {
        OrganisationId = organisationId;
        ContactId = contactId;
        ContentType = contentType;
        Data = data;
    }

    public Guid OrganisationId { get; private set; }

    public Guid ContactId { get; private set; }

    public string ContentType { get; private set; }

    public byte[] Data { get; private set; }

    /// <summary>
    /// Accepts JPEG, PNG, GIF and WebP up to 1 MiB, judged by the file's leading bytes rather than the
    /// declared type, which a client can set to anything.
    /// </summary>
    public static string DetectContentType(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0)
        {
            throw new FieldValueException("The photo is empty.");
        }

        if (data.Length > MaxBytes)
        {
            throw new FieldValueException($"The photo is larger than {MaxBytes / 1024} KiB.");
        }

        return data switch
        {
            [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
            [0x47, 0x49, 0x46, 0x38, ..] => "image/gif",
            [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => "image/webp",
            _ => throw new FieldValueException("The photo must be a JPEG, PNG, GIF or WebP image."),
        };
    }

    internal void Replace(string contentType, byte[] data)
    {
        ContentType = contentType;
        Data = data;
    }
}
