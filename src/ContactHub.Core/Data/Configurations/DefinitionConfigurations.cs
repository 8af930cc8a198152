using ContactHub.Contacts;
using ContactHub.Definitions;
using ContactHub.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactHub.Data.Configurations;

internal sealed class ContactDefinitionConfiguration : IEntityTypeConfiguration<ContactDefinition>
{
    public void Configure(EntityTypeBuilder<ContactDefinition> builder)
    {
        builder.HasKey(d => d.OrganisationId);
        builder.HasOne<Organisation>().WithOne().HasForeignKey<ContactDefinition>(d => d.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(d => d.AllowedChannels);
        builder.Ignore(d => d.PersonRules);
        builder.Ignore(d => d.CompanyRules);
        builder.Property(d => d.PersonUniqueness).HasMaxLength(2000);
        builder.Property(d => d.SealedUniquenessKey).HasMaxLength(400);
        builder.Property(d => d.CompanyUniqueness).HasMaxLength(2000);
        builder.Property(d => d.NameDaySchedule).HasMaxLength(NameDays.NameDaySchedule.MaxLength);
        builder.Ignore(d => d.CompletenessRules);
        builder.Property(d => d.Completeness).HasMaxLength(2000);
        builder.Property(d => d.DefaultLanguage).HasMaxLength(35);
        // Existing definitions start without rules.
        builder.Property(d => d.PrivacyLevels).HasMaxLength(8000).HasDefaultValue("[]");
        builder.Ignore(d => d.PrivacyLevelRules);
        builder.Ignore(d => d.Lists);
        builder.HasMany(d => d.ListItems).WithOne().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DefinitionListItemConfiguration : IEntityTypeConfiguration<Definitions.Lists.DefinitionListItem>
{
    public void Configure(EntityTypeBuilder<Definitions.Lists.DefinitionListItem> builder)
    {
        builder.ToTable("DefinitionListItems");
        builder.HasKey(i => new { i.OrganisationId, i.List, i.Key });
        builder.Property(i => i.Key).HasMaxLength(50);
        builder.Property(i => i.Name).HasMaxLength(100);
        builder.Property(i => i.Parent).HasMaxLength(50);
    }
}

internal sealed class ContactUniqueKeyConfiguration : IEntityTypeConfiguration<Contacts.Uniqueness.ContactUniqueKey>
{
    public void Configure(EntityTypeBuilder<Contacts.Uniqueness.ContactUniqueKey> builder)
    {
        // The key also answers every lookup (rule and value, within the organisation): a second index on the value
        // alone cost each imported key one more random insert and served nothing the key does not.
        builder.HasKey(k => new { k.OrganisationId, k.Rule, k.Value });
        builder.Property(k => k.Rule).HasMaxLength(200);
        builder.Property(k => k.Value).HasMaxLength(64);
        builder.HasIndex(k => k.ContactId);
        builder.HasOne<Contact>().WithMany().HasForeignKey(k => k.ContactId).OnDelete(DeleteBehavior.Cascade);
    }
}
