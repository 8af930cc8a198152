using ContactHub.Consent;
using ContactHub.Consent.Reachability;
using ContactHub.Contacts;
using ContactHub.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactHub.Data.Configurations;

internal sealed class ConsentPurposeConfiguration : IEntityTypeConfiguration<ConsentPurpose>
{
    public void Configure(EntityTypeBuilder<ConsentPurpose> builder)
    {
        builder.Property(p => p.Key).HasMaxLength(50);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Partners).HasMaxLength(4000);
        builder.Ignore(p => p.PartnerList);
        builder.HasIndex(p => new { p.OrganisationId, p.Key }).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConsentTextConfiguration : IEntityTypeConfiguration<ConsentText>
{
    public void Configure(EntityTypeBuilder<ConsentText> builder)
    {
        builder.Property(t => t.Language).HasMaxLength(35);
        builder.Property(t => t.Text).HasMaxLength(10_000);
        builder.HasIndex(t => new { t.PurposeId, t.Language, t.Version }).IsUnique();
        builder.HasOne<ConsentPurpose>().WithMany().HasForeignKey(t => t.PurposeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConsentEventConfiguration : IEntityTypeConfiguration<ConsentEvent>
{
    public void Configure(EntityTypeBuilder<ConsentEvent> builder)
    {
        builder.Property(e => e.SourceName).HasMaxLength(200);
        builder.Property(e => e.Source).HasMaxLength(100);
        builder.Property(e => e.Method).HasMaxLength(200);
        builder.Property(e => e.IpAddress).HasMaxLength(45);
        builder.Property(e => e.UserAgent).HasMaxLength(500);
        builder.HasIndex(e => new { e.ContactId, e.OccurredAt });
        // Evidence stays when a text is superseded; a text that evidence points at cannot be deleted.
        builder.HasOne<ConsentText>().WithMany().HasForeignKey(e => e.TextId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConsentPurpose>().WithMany().HasForeignKey(e => e.PurposeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(e => e.ContactId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConsentStateConfiguration : IEntityTypeConfiguration<ConsentState>
{
    public void Configure(EntityTypeBuilder<ConsentState> builder)
    {
        builder.HasKey(s => new { s.ContactId, s.PurposeId, s.Scope });
        builder.Property(s => s.Scope).HasMaxLength(10);
        // The batch policy and the consent filter read states by purpose over a contact range.
        builder.HasIndex(s => new { s.PurposeId, s.ContactId });
        builder.HasOne<Contact>().WithMany().HasForeignKey(s => s.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ConsentPurpose>().WithMany().HasForeignKey(s => s.PurposeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NotificationTypeConfiguration : IEntityTypeConfiguration<NotificationType>
{
    public void Configure(EntityTypeBuilder<NotificationType> builder)
    {
        builder.Property(t => t.Key).HasMaxLength(50);
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.HasIndex(t => new { t.OrganisationId, t.Key }).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ConsentPurpose>().WithMany().HasForeignKey(t => t.ConsentPurposeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReachabilityOverrideConfiguration : IEntityTypeConfiguration<ReachabilityOverride>
{
    public void Configure(EntityTypeBuilder<ReachabilityOverride> builder)
    {
        builder.Property(o => o.Reason).HasMaxLength(1000);
        builder.HasIndex(o => new { o.NotificationTypeId, o.ContactId });
        builder.HasOne<Contact>().WithMany().HasForeignKey(o => o.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<NotificationType>().WithMany().HasForeignKey(o => o.NotificationTypeId).OnDelete(DeleteBehavior.Cascade);
    }
}
