using ContactHub.Contacts.ContactPoints;
using ContactHub.Contacts.ContactPoints.Phones;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactHub.Data.Configurations;

/// <summary>The columns every contact point shares, and the rule "one active entry per type" as a filtered unique index.</summary>
internal abstract class ContactPointConfiguration<T> : IEntityTypeConfiguration<T>
    where T : ContactPoint
{
    public virtual void Configure(EntityTypeBuilder<T> builder)
    {
        builder.Property(p => p.Type).HasMaxLength(32);
        builder.Property(p => p.InUse).HasMaxLength(50);
        // Same SQL on SQLite and PostgreSQL: the database refuses a second active entry even under a race.
        builder.HasIndex(p => new { p.ContactId, p.Type }).IsUnique().HasFilter("\"IsActive\"");
        // Reading a contact loads active and inactive entries: the partial index above cannot serve that.
        builder.HasIndex(p => p.ContactId);
    }
}

internal sealed class ContactEmailConfiguration : ContactPointConfiguration<ContactEmail>
{
    public override void Configure(EntityTypeBuilder<ContactEmail> builder)
    {
        base.Configure(builder);
        builder.Property(e => e.Address).HasMaxLength(254);
        builder.Property(e => e.Normalized).HasMaxLength(254);
        builder.HasIndex(e => new { e.OrganisationId, e.Normalized });
    }
}

internal sealed class ContactPhoneConfiguration : ContactPointConfiguration<ContactPhone>
{
    public override void Configure(EntityTypeBuilder<ContactPhone> builder)
    {
        base.Configure(builder);
        builder.Property(p => p.Raw).HasMaxLength(40);
        builder.Property(p => p.E164).HasMaxLength(16);
        builder.Property(p => p.Extension).HasMaxLength(PhoneNumber.MaxExtensionLength);
        builder.HasIndex(p => new { p.OrganisationId, p.E164 });
        builder.Property(p => p.ReversedDigits).HasMaxLength(15);
        builder.HasIndex(p => new { p.OrganisationId, p.ReversedDigits });
    }
}

internal sealed class ContactAddressConfiguration : ContactPointConfiguration<ContactAddress>
{
    public override void Configure(EntityTypeBuilder<ContactAddress> builder)
    {
        base.Configure(builder);
        builder.Property(a => a.Street).HasMaxLength(200);
        builder.Property(a => a.Street2).HasMaxLength(200);
        builder.Property(a => a.PostalCode).HasMaxLength(20);
        builder.Property(a => a.City).HasMaxLength(200);
        builder.Property(a => a.Region).HasMaxLength(200);
        builder.Property(a => a.Country).HasMaxLength(2);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<Audit.AuditEntry>
{
    public void Configure(EntityTypeBuilder<Audit.AuditEntry> builder)
    {
        builder.Property(a => a.EntityType).HasMaxLength(32);
        builder.Property(a => a.EntityId).HasMaxLength(100);
        builder.Property(a => a.ActorName).HasMaxLength(200);
        builder.Property(a => a.Source).HasMaxLength(100);
        builder.HasIndex(a => new { a.OrganisationId, a.ContactId, a.OccurredAt });
        // The organisation's newest changes first (the dashboard's recent changes): read backwards from the top.
        builder.HasIndex(a => new { a.OrganisationId, a.OccurredAt, a.Id });
    }
}
