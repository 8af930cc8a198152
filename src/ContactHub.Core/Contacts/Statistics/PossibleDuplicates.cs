using ContactHub.Contacts.Listing;

namespace ContactHub.Contacts.Statistics;

/// <summary>
/// E-mail addresses and phone numbers held (active) by more than one contact the caller may see: each such value is
/// a pair that would clash with a uniqueness rule on it, so a likely duplicate to merge or correct. Counted up to a cap.
/// </summary>
public sealed record PossibleDuplicates(ContactCount SharedEmails, ContactCount SharedPhones);
