using ContactHub.Contacts;
using ContactHub.Interactions;
using ContactHub.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactHub.Data.Configurations;

internal sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> builder)
    {
        builder.Property(i => i.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Direction).HasConversion<string>().HasMaxLength(10);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Medium).HasMaxLength(Interaction.MaxMedium);
        builder.Property(i => i.Subject).HasMaxLength(Interaction.MaxSubject);
        builder.Property(i => i.Description).HasMaxLength(Interaction.MaxDescription);
        builder.Property(i => i.RecordedBy).HasMaxLength(200);
        builder.HasMany(i => i.Contacts).WithOne().HasForeignKey(c => c.InteractionId).OnDelete(DeleteBehavior.Cascade)
            .Metadata.PrincipalToDependent!.SetPropertyAccessMode(PropertyAccessMode.Field);
        // The list, newest first within an organisation.
        builder.HasIndex(i => new { i.OrganisationId, i.OccurredAt, i.Id });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InteractionContactConfiguration : IEntityTypeConfiguration<InteractionContact>
{
    public void Configure(EntityTypeBuilder<InteractionContact> builder)
    {
        builder.HasKey(c => new { c.InteractionId, c.ContactId });
        // A contact's interactions, and the "interaction within N days" filter.
        builder.HasIndex(c => c.ContactId);
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.Cascade);
    }
}
