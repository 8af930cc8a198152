using ContactHub.Access;
using ContactHub.Common;
using ContactHub.Idempotency;
using ContactHub.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactHub.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.DefaultCountry).HasMaxLength(2);
        // Existing organisations read times in UTC, as before the setting.
        builder.Property(o => o.TimeZone).HasMaxLength(DisplayZone.MaxLength).HasDefaultValue(Organisation.DefaultTimeZone);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Name).HasMaxLength(200);
        builder.Property(k => k.Hash).HasMaxLength(64);
        builder.Property(k => k.DisplayPrefix).HasMaxLength(16);
        builder.Property(k => k.Scopes).HasMaxLength(500);
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.HasIndex(k => k.OrganisationId);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(k => k.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OperatorConfiguration : IEntityTypeConfiguration<Operator>
{
    public void Configure(EntityTypeBuilder<Operator> builder)
    {
        builder.Property(o => o.Email).HasMaxLength(254);
        builder.Property(o => o.DisplayName).HasMaxLength(200);
        builder.Property(o => o.PasswordHash).HasMaxLength(500);
        builder.Property(o => o.SecurityStamp).HasMaxLength(64);
        builder.Property(o => o.TimeZone).HasMaxLength(DisplayZone.MaxLength);
        builder.Property(o => o.Culture).HasMaxLength(DisplayCulture.MaxLength);
        builder.Property(o => o.ListColumns).HasMaxLength(OperatorPreferences.MaxListColumnsLength);
        builder.HasIndex(o => new { o.OrganisationId, o.Email }).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        // Per actor: another key's or operator's Idempotency-Key never replays this one's response.
        builder.HasKey(r => new { r.OrganisationId, r.ActorId, r.Key });
        builder.Property(r => r.Key).HasMaxLength(200);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.Location).HasMaxLength(500);
        builder.Property(r => r.ContentType).HasMaxLength(200);
        builder.Ignore(r => r.IsComplete);
        builder.HasIndex(r => r.CreatedAt);
    }
}
