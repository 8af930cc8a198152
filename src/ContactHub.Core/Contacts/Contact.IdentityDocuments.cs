using ContactHub.Contacts.IdentityDocuments;

namespace ContactHub.Contacts;

/// <summary>
/// The identity documents of a person (ID number, passport number, social security number). In memory they are
/// plain text; only their sealed forms are mapped, so the database never holds them readable. Setting a value marks
/// its sealed form <see cref="Pending"/>; the data context seals pending values just before it saves
/// (<see cref="IdentityDocumentSealer"/>). A loaded contact unseals them when one is first read or set, with the sealer
/// its loader handed over (<see cref="ReadableWith"/>; ContactStore does it for every contact it loads): most reads
/// (lists, runs) never touch them, and EF builds delegates on every query when the entity gets a service on load
/// (a materialization interceptor, or a constructor taking the context). Reading a sealed document of a loaded
/// contact that never got the sealer is a programming error and throws, rather than showing the document as absent.
/// </summary>
public sealed partial class Contact
{
    /// <summary>The sealed form of a value set since the last save: not yet protected, but known to be present.</summary>
    internal const string Pending = "";

    /// <summary>The sealed columns by the field they hold, for the audit trail (which records that they changed, never their values).</summary>
    internal static readonly IReadOnlyDictionary<string, string> SealedFields = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(SealedIdNumber)] = "idNumber",
        [nameof(SealedPassportNumber)] = "passportNumber",
        [nameof(SealedSocialSecurityNumber)] = "socialSecurityNumber",
    };

    // Loaded by EF and not yet given the sealer; a new contact has nothing sealed to wait for.
    private bool _awaitingUnsealer;

    // The sealer of the context that loaded this contact, until its documents are unsealed; null for a new contact.
    private IdentityDocumentSealer? _unsealer;
    private string? _idNumber;
    private string? _passportNumber;
    private string? _socialSecurityNumber;

    public string? IdNumber
    {
        get
        {
            UnsealLoaded();
            return _idNumber;
        }
        internal set => SetDocument(ref _idNumber, value, v => SealedIdNumber = v);
    }

    public string? PassportNumber
    {
        get
        {
            UnsealLoaded();
            return _passportNumber;
        }
        internal set => SetDocument(ref _passportNumber, value, v => SealedPassportNumber = v);
    }

    public string? SocialSecurityNumber
    {
        get
        {
            UnsealLoaded();
            return _socialSecurityNumber;
        }
        internal set => SetDocument(ref _socialSecurityNumber, value, v => SealedSocialSecurityNumber = v);
    }

    // Mapped columns. Null exactly when the document is absent, so presence can be queried (status rule) without unsealing.
    internal string? SealedIdNumber { get; private set; }
    internal string? SealedPassportNumber { get; private set; }
    internal string? SealedSocialSecurityNumber { get; private set; }

    internal bool HasPendingDocuments =>
        SealedIdNumber == Pending || SealedPassportNumber == Pending || SealedSocialSecurityNumber == Pending;

    internal void SealDocuments(Func<string, string> seal)
    {
        SealedIdNumber = SealedIdNumber == Pending ? seal(_idNumber!) : SealedIdNumber;
        SealedPassportNumber = SealedPassportNumber == Pending ? seal(_passportNumber!) : SealedPassportNumber;
        SealedSocialSecurityNumber = SealedSocialSecurityNumber == Pending ? seal(_socialSecurityNumber!) : SealedSocialSecurityNumber;
    }

    /// <summary>Gives a loaded contact the sealer that unseals its documents when one is first read or set.</summary>
    internal Contact ReadableWith(IdentityDocumentSealer sealer)
    {
        if (_awaitingUnsealer)
        {
            _awaitingUnsealer = false;
            _unsealer = sealer;
        }

        return this;
    }

    // Once: a value set since then is never overwritten.
    private void UnsealLoaded()
    {
        if (_awaitingUnsealer && (SealedIdNumber ?? SealedPassportNumber ?? SealedSocialSecurityNumber) is not null)
        {
            throw new InvalidOperationException("The contact's identity documents are sealed and its loader gave it no sealer (Contact.ReadableWith).");
        }

        if (_unsealer is not { } sealer)
        {
            return;
        }

        _unsealer = null;
        _idNumber = SealedIdNumber is { Length: > 0 } id ? sealer.Unseal(id) : null;
        _passportNumber = SealedPassportNumber is { Length: > 0 } passport ? sealer.Unseal(passport) : null;
        _socialSecurityNumber = SealedSocialSecurityNumber is { Length: > 0 } ssn ? sealer.Unseal(ssn) : null;
    }

    private void SetDocument(ref string? field, string? value, Action<string?> setSealed)
    {
        // The loaded value first: setting the value it already has is no change.
        UnsealLoaded();
        if (string.Equals(field, value, StringComparison.Ordinal))
        {
            return;
        }

        field = value;
        setSealed(value is null ? null : Pending);
    }
}
