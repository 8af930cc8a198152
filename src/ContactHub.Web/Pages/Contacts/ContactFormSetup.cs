using ContactHub.Access;
using ContactHub.Contacts;
using ContactHub.CustomFields;
using ContactHub.Definitions;
using ContactHub.Definitions.Lists;

namespace ContactHub.Web.Pages.Contacts;

/// <summary>What the create and edit pages give the form besides the values: the organisation's custom fields, its managed lists (suggestions, accessibility needs), and whether the caller sees identity documents.</summary>
public sealed class ContactFormSetup(CustomFieldDefinitionService customFields, ContactHub.Criteria.CriterionService criteria, ListDefinitionService lists, ConsentDefinitionService definition, CallerContext caller)
{
    public async Task PrepareAsync(ContactForm form, ContactKind kind, bool editing, CancellationToken ct)
    {
        form.Kind = kind;
        form.CustomFieldDefinitions = [.. CustomFieldInputs.For(await customFields.ListAsync(includeArchived: false, ct), kind)];
        form.CriterionDefinitions = [.. (await criteria.ListAsync(includeArchived: false, ct)).Where(c => c.AppliesTo == CustomFieldTarget.Both || (c.AppliesTo == CustomFieldTarget.Persons) == (kind == ContactKind.Person))];
        var all = await lists.AllAsync(ct);
        form.Choices = new ListChoices(all);
        var needs = all.Single(l => l.List == ListDefinitionService.PathName(DefinitionList.AccessibilityNeeds));
        // Archived needs stay on offer only where the contact already has them, so saving does not drop them.
        form.AccessibilityNeedOptions = [.. needs.Entries.Where(e => !e.Archived || form.AccessibilityNeeds.Contains(e.Key, StringComparer.Ordinal))];
        // Someone who only sees them masked cannot edit them: the form shows the mask and sends nothing for them.
        form.IdentityDocumentsMasked = editing && !caller.Current.MaySeeIdentityDocuments;
        // Never offer a level above the operator's own: the core would refuse it, and the form should not suggest it.
        form.ConfidentialityLevels = Grants.ClearancesFor(caller.Current);
    }

    /// <summary>A new contact's form starts with the organisation's channel defaults ticked, as the API applies them.</summary>
    public async Task PrefillNewAsync(ContactForm form, CancellationToken ct)
    {
        var defaults = await definition.ChannelDefaultsAsync(ct);
        (form.AllowedChannels, form.PreferredChannel) = ([.. defaults.AllowedChannels], defaults.PreferredChannel);
    }
}
