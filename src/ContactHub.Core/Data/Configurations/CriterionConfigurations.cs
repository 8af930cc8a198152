using ContactHub.Contacts;
using ContactHub.Criteria;
using ContactHub.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactHub.Data.Configurations;

internal sealed class CriterionConfiguration : IEntityTypeConfiguration<Criterion>
{
    public void Configure(EntityTypeBuilder<Criterion> builder)
    {
        builder.Property(c => c.Key).HasMaxLength(50);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Choices).HasMaxLength(40_000);
        builder.Ignore(c => c.ChoiceList);
        // Archived keys stay taken: contacts still hold values under them.
        builder.HasIndex(c => new { c.OrganisationId, c.Key }).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContactCriterionValueConfiguration : IEntityTypeConfiguration<ContactCriterionValue>
{
    public void Configure(EntityTypeBuilder<ContactCriterionValue> builder)
    {
        builder.HasKey(v => new { v.ContactId, v.CriterionId, v.ChoiceKey });
        builder.Property(v => v.CriterionKey).HasMaxLength(50);
        builder.Property(v => v.ChoiceKey).HasMaxLength(50);
        builder.HasOne<Contact>().WithMany(c => c.CriterionValues).HasForeignKey(v => v.ContactId).OnDelete(DeleteBehavior.Cascade)
            .Metadata.PrincipalToDependent!.SetPropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Criterion>().WithMany().HasForeignKey(v => v.CriterionId).OnDelete(DeleteBehavior.Cascade);
        // The "criterion.<key>=<choice>" filters: which contacts hold a choice.
        builder.HasIndex(v => new { v.CriterionId, v.ChoiceKey, v.ContactId });
    }
}
