using ContactHub.NameDays;
using ContactHub.Organisations;
using ContactHub.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactHub.Data.Configurations;

internal sealed class RunConfiguration : IEntityTypeConfiguration<Run>
{
    public void Configure(EntityTypeBuilder<Run> builder)
    {
        builder.ToTable("Runs");
        builder.Property(r => r.Kind).HasMaxLength(50);
        builder.Property(r => r.Parameters).HasMaxLength(2000);
        builder.Property(r => r.RequestedByName).HasMaxLength(200);
        builder.Property(r => r.Error).HasMaxLength(Run.MaxErrorLength);
        // Input and Result are unbounded text: a selection of thousands of ids, a report listing a hundred failures.
        builder.Ignore(r => r.AuditSource);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        // The history reads newest first per organisation (ids are time ordered).
        builder.HasIndex(r => new { r.OrganisationId, r.Id });
        // A schedule fire queues one run, however many instances see it (on-demand runs have no fire time; NULLs never clash).
        builder.HasIndex(r => new { r.OrganisationId, r.Kind, r.ScheduledFor }).IsUnique();
        // Housekeeping looks for queued and silent running runs across organisations.
        builder.HasIndex(r => new { r.Status, r.QueuedAt });
    }
}

internal sealed class NameDayRuleConfiguration : IEntityTypeConfiguration<NameDayRule>
{
    public void Configure(EntityTypeBuilder<NameDayRule> builder)
    {
        builder.ToTable("NameDayRules");
        builder.Property(r => r.Date).HasMaxLength(5);
        builder.Property(r => r.Names).HasMaxLength(NameDayRules.MaxNamesPerRule * (NameDayRules.MaxNameLength + 1));
        builder.Ignore(r => r.NameList);
        builder.HasIndex(r => new { r.OrganisationId, r.Date }).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
