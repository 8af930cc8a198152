using ContactHub.Contacts;

namespace ContactHub.SampleData;

/// <summary>
/// Near-duplicates for duplicate detection: a recent contact entered again with a typo in the name or with first
/// and last name swapped, under a new reference code. Only a small window of recent contacts is kept, so a
/// million contacts stream in constant memory.
/// </summary>
public sealed partial class ContactGenerator
{
    public const float NearDuplicateShare = 0.05f;
    private const int Window = 512;

    private readonly ContactRequest[] _recent = new ContactRequest[Window];
    private int _originals;

    private bool CanDuplicate => _originals > 0;

    private void Remember(ContactRequest request) => _recent[_originals++ % Window] = request;

    private ContactRequest NearDuplicate(string reference)
    {
        var original = _recent[_random.Number(0, Math.Min(_originals, Window) - 1)];
        if (original.Kind == ContactKind.Company)
        {
            return original with { ReferenceCode = reference, CompanyName = Typo(original.CompanyName!) };
        }

        return _random.Bool()
            ? original with { ReferenceCode = reference, FirstName = original.LastName, LastName = original.FirstName }
            : original with { ReferenceCode = reference, LastName = Typo(original.LastName!) };
    }

    // One keyboard slip: two neighbouring letters swapped, one dropped, or one doubled.
    private string Typo(string text)
    {
        if (text.Length < 3)
        {
            return text + text[^1];
        }

        var at = _random.Number(1, text.Length - 2);
        return _random.Number(0, 2) switch
        {
            0 => string.Concat(text.AsSpan(0, at), text.AsSpan(at + 1, 1), text.AsSpan(at, 1), text.AsSpan(at + 2)),
            1 => text.Remove(at, 1),
            _ => text.Insert(at, text[at].ToString()),
        };
    }
}
