using ContactHub.Contacts;
using ContactHub.Data;
using ContactHub.Definitions;
using Microsoft.EntityFrameworkCore;

namespace ContactHub.Consent;

/// <summary>
/// What a new organisation starts with (channel defaults, the two marketing purposes with an English text, four
/// notification types) and the consent a new contact starts with (the definition's authorisation settings).
/// </summary>
internal static class ConsentDefaults
{
    public static void Seed(AppDbContext db, Guid organisationId, DateTime now)
    {
        var definition = new ContactDefinition(organisationId);
        definition.SetUniqueness(Contacts.Uniqueness.UniquenessRules.None, Contacts.Uniqueness.UniquenessRules.None, ContactDefinition.NewUniquenessKey(db.Sealer));
        db.Add(definition);
        var direct = new ConsentPurpose(organisationId, "direct-marketing", "Direct marketing", ConsentPurposeKind.DirectMarketing, [], false, now);
        var affiliate = new ConsentPurpose(organisationId, "affiliate-marketing", "Affiliate marketing", ConsentPurposeKind.AffiliateMarketing, [], false, now);
        db.AddRange(direct, affiliate);
        db.AddRange(
            new ConsentText(organisationId, direct.Id, "en", 1, "I agree to receive offers and news from us by the channels I allow.", now),
            new ConsentText(organisationId, affiliate.Id, "en", 1, "I agree to receive offers from our partners by the channels I allow.", now));
        db.AddRange(
            new NotificationType(organisationId, "newsletter", "Newsletter", PurposeClass.Marketing, direct.Id, now),
            new NotificationType(organisationId, "partner-offers", "Partner offers", PurposeClass.Marketing, affiliate.Id, now),
            new NotificationType(organisationId, "service-notice", "Service notice", PurposeClass.Service, null, now),
            new NotificationType(organisationId, "invoice", "Invoice", PurposeClass.Financial, null, now));
    }

    /// <summary>Records the authorisation settings as consent events of the new contact, with the text they refer to.</summary>
    /// <param name="except">Purposes the caller decided on at creation: their own decision replaces the default.</param>
    public static async Task ApplyConsentsAsync(AppDbContext db, Contact contact, Definitions.ContactDefinition? definition, DateTime now, CancellationToken ct, IReadOnlyCollection<Guid>? except = null)
    {
        var purposes = await db.Set<ConsentPurpose>().AsNoTracking().Where(p => p.GrantedByDefault).ToListAsync(ct);
        purposes.RemoveAll(p => except?.Contains(p.Id) == true);
        foreach (var purpose in purposes)
        {
            var text = await ConsentTexts.CurrentAsync(db, purpose.Id, Definitions.ContactDefinition.LanguageOf(contact, definition), ct);
            if (text is not null)
            {
                var consentEvent = new ConsentEvent(contact.OrganisationId, contact.Id, purpose.Id, null, true, now,
                    db.Caller, "definition-default", text.Id, null, null, now);
                db.Add(consentEvent);
                db.Add(new ConsentState(consentEvent));
            }
        }
    }
}
