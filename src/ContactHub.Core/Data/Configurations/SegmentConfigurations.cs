using ContactHub.Contacts;
using ContactHub.Organisations;
using ContactHub.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactHub.Data.Configurations;

internal sealed class SegmentConfiguration : IEntityTypeConfiguration<Segment>
{
    public void Configure(EntityTypeBuilder<Segment> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(Segment.MaxNameLength);
        builder.Property(s => s.Description).HasMaxLength(2000);
        builder.Property(s => s.OwnerName).HasMaxLength(200);
        builder.Property(s => s.Groups).HasMaxLength(20_000);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.GroupList);
        builder.HasIndex(s => new { s.OrganisationId, s.Name }).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SegmentMemberConfiguration : IEntityTypeConfiguration<SegmentMember>
{
    public void Configure(EntityTypeBuilder<SegmentMember> builder)
    {
        // Segment first: membership is read per segment ("is this contact included / excluded here").
        builder.HasKey(m => new { m.SegmentId, m.Excluded, m.ContactId });
        builder.Property(m => m.AddedBy).HasMaxLength(200);
        builder.HasOne<Segment>().WithMany().HasForeignKey(m => m.SegmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Contact>().WithMany().HasForeignKey(m => m.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.ContactId);
    }
}
