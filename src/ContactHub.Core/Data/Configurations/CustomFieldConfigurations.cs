using ContactHub.Contacts;
using ContactHub.CustomFields;
using ContactHub.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactHub.Data.Configurations;

internal sealed class CustomFieldDefinitionConfiguration : IEntityTypeConfiguration<CustomFieldDefinition>
{
    public void Configure(EntityTypeBuilder<CustomFieldDefinition> builder)
    {
        builder.Property(d => d.Key).HasMaxLength(50);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.Options).HasMaxLength(20_000);
        builder.Ignore(d => d.OptionList);
        builder.Ignore(d => d.Visibility);
        // Archived keys stay taken: their values are still stored under them.
        builder.HasIndex(d => new { d.OrganisationId, d.Key }).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContactCustomValueConfiguration : IEntityTypeConfiguration<ContactCustomValue>
{
    public void Configure(EntityTypeBuilder<ContactCustomValue> builder)
    {
        builder.HasKey(v => new { v.ContactId, v.FieldId });
        builder.Property(v => v.FieldKey).HasMaxLength(50);
        builder.Property(v => v.Value).HasMaxLength(CustomFieldValue.MaxTextLength);
        builder.HasOne<Contact>().WithMany(c => c.CustomValues).HasForeignKey(v => v.ContactId).OnDelete(DeleteBehavior.Cascade)
            .Metadata.PrincipalToDependent!.SetPropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<CustomFieldDefinition>().WithMany().HasForeignKey(v => v.FieldId).OnDelete(DeleteBehavior.Cascade);
        // The "custom.<key>" filters: equality on the canonical text, ranges on the typed columns, always within one field.
        builder.HasIndex(v => new { v.FieldId, v.Value });
        builder.HasIndex(v => new { v.FieldId, v.Number });
        builder.HasIndex(v => new { v.FieldId, v.Date });
    }
}
