using ContactHub.Access;

namespace ContactHub.Contacts.IdentityDocuments;

/// <summary>
/// Who may read identity documents, and what everyone else sees: the one place both are decided. Administrators and
/// API keys granted the permission see the value; others see it masked, so they know a document is on file.
/// </summary>
public static class IdentityDocumentMask
{
    public const char MaskCharacter = '•';

    /// <summary>What stands for a document that is on file (in views without the permission, and in the history).</summary>
    public const string Masked = "••••";

    /// <summary>The API names of the identity-document fields.</summary>
    public static IReadOnlySet<string> Fields { get; } = Contact.SealedFields.Values.ToHashSet(StringComparer.Ordinal);

    /// <summary>The operator roles that reveal identity documents.</summary>
    public static bool Reveals(OperatorRole role) => role == OperatorRole.Administrator;

    /// <summary>The value as a caller sees it: whole, or masked but for its last two characters when it is long enough not to give itself away.</summary>
    public static string? Show(string? value, bool reveal) => value switch
    {
        null => null,
        _ when reveal => value,
        { Length: >= 6 } => Masked + value[^2..],
        _ => Masked,
    };

    /// <summary>A value that holds the mask character was read masked and sent back; it must never overwrite the real one.</summary>
    public static bool LooksMasked(string? value) => value?.Contains(MaskCharacter, StringComparison.Ordinal) == true;
}
