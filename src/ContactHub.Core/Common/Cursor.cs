using System.Buffers.Text;

namespace ContactHub.Common;

/// <summary>An opaque keyset cursor: the last id of the previous page (UUIDv7 ids sort by creation).</summary>
public static class Cursor
{
    public static string Encode(Guid id) => Base64Url.EncodeToString(id.ToByteArray(bigEndian: true));

    public static Guid Decode(string cursor)
    {
        try
        {
            var bytes = Base64Url.DecodeFromChars(cursor);
            return bytes.Length == 16 ? new Guid(bytes, bigEndian: true) : throw new FormatException();
        }
        catch (FormatException)
        {
            throw ValidationFailedException.For("cursor", "The cursor is not one this API returned.");
        }
    }
}
