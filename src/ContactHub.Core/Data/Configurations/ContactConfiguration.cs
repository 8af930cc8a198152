using ContactHub.Contacts;
using ContactHub.Contacts.CompanyLinks;
using ContactHub.Contacts.ContactPoints;
using ContactHub.Contacts.Relations;
using ContactHub.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContactHub.Data.Configurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.DisplayName);
        // Stored as its number: the clearance filter compares levels (Free < Restricted < Confidential).
        builder.Property(c => c.Confidentiality).HasConversion<int>();
        builder.Property(c => c.AccountReference).HasMaxLength(100);
        builder.Property(c => c.NameKey).HasMaxLength(400);
        builder.Property(c => c.Title).HasMaxLength(50);
        builder.Property(c => c.FirstName).HasMaxLength(100);
        builder.Property(c => c.MiddleName).HasMaxLength(100);
        builder.Property(c => c.LastName).HasMaxLength(100);
        // Identity documents are stored sealed only (Contact.IdentityDocuments.cs); a sealed 50-character value is ~200 characters.
        builder.Ignore(c => c.IdNumber);
        builder.Ignore(c => c.PassportNumber);
        builder.Ignore(c => c.SocialSecurityNumber);
        builder.Property(c => c.SealedIdNumber).HasMaxLength(400);
        builder.Property(c => c.SealedPassportNumber).HasMaxLength(400);
        builder.Property(c => c.SealedSocialSecurityNumber).HasMaxLength(400);
        builder.Property(c => c.IdCountry).HasMaxLength(2);
        builder.Property(c => c.PassportCountry).HasMaxLength(2);
        builder.Property(c => c.CountryOfResidence).HasMaxLength(2);
        builder.Property(c => c.CompanyName).HasMaxLength(200);
        builder.Property(c => c.VatNumber).HasMaxLength(50);
        builder.Property(c => c.TaxReference).HasMaxLength(50);
        builder.Property(c => c.RegistrationDetails).HasMaxLength(500);
        builder.Property(c => c.AnnualTurnover).HasPrecision(18, 2);
        builder.Property(c => c.Industry).HasMaxLength(100);
        builder.Property(c => c.Sector).HasMaxLength(100);
        builder.Property(c => c.DataOrigin).HasMaxLength(100);
        builder.Property(c => c.PreferredLanguage).HasMaxLength(35);
        builder.Property(c => c.ReferenceCode).HasMaxLength(50);
        builder.Property(c => c.Notes).HasMaxLength(4000);
        builder.Property(c => c.BlockedReason).HasMaxLength(500);
        builder.Ignore(c => c.AllowedChannels);
        builder.Property(c => c.NameDay).HasMaxLength(5);

        // Lists page by id (UUIDv7, time ordered) and filter by name prefix, always within one organisation.
        builder.HasIndex(c => new { c.OrganisationId, c.Id });
        // The id completes the name order (ORDER BY NameKey, Id): with it, a list sorted by name and filtered by
        // something else walks this index and stops after a page; without it SQLite scans and sorts the whole table.
        builder.HasIndex(c => new { c.OrganisationId, c.NameKey, c.Id });
        builder.HasIndex(c => new { c.OrganisationId, c.ReferenceCode });
        // The recycle bin (newest deletion first) and the purge (deleted before a time): only the few deleted contacts
        // are in it, so it costs the contacts in use nothing. Same SQL on both engines.
        builder.HasIndex(c => new { c.OrganisationId, c.DeletedAt, c.Id }).HasDatabaseName("IX_Contacts_RecycleBin").HasFilter("\"DeletedAt\" IS NOT NULL");

        builder.HasMany(c => c.Emails).WithOne().HasForeignKey(e => e.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Phones).WithOne().HasForeignKey(p => p.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Addresses).WithOne().HasForeignKey(a => a.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Categories).WithOne().HasForeignKey(a => a.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Relations).WithOne().HasForeignKey(r => r.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.CompanyLinks).WithOne().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.AccessibilityNeeds).WithOne().HasForeignKey(n => n.ContactId).OnDelete(DeleteBehavior.Cascade);
        foreach (var navigation in new[]
        {
            nameof(Contact.Emails), nameof(Contact.Phones), nameof(Contact.Addresses), nameof(Contact.Categories),
            nameof(Contact.Relations), nameof(Contact.CompanyLinks), nameof(Contact.AccessibilityNeeds),
        })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }
    }
}

internal sealed class ContactSearchKeyConfiguration : IEntityTypeConfiguration<Contacts.Search.ContactSearchKey>
{
    public void Configure(EntityTypeBuilder<Contacts.Search.ContactSearchKey> builder)
    {
        // The search looks keys up within one organisation. There is no foreign key and no index on ContactId: a
        // contact's keys follow from its name key, so the save deletes them by this key when it renames or deletes the
        // contact (the SearchKeys save step). The check of the foreign key for every key and the second index were the
        // larger part of PostgreSQL's work in an import (about fourteen keys per contact). The name key before the
        // contact id puts each key's matches in the list's name order (NameKey, Id).
        builder.HasKey(k => new { k.OrganisationId, k.Key, k.NameKey, k.ContactId });
        builder.Property(k => k.Key).HasMaxLength(400);
        builder.Property(k => k.NameKey).HasMaxLength(400);
    }
}

internal sealed class ContactCategoryConfiguration : IEntityTypeConfiguration<ContactCategory>
{
    public void Configure(EntityTypeBuilder<ContactCategory> builder)
    {
        builder.HasKey(c => new { c.ContactId, c.Name });
        builder.Property(c => c.Name).HasMaxLength(50);
        builder.HasIndex(c => new { c.OrganisationId, c.Name });
    }
}

internal sealed class ContactAccessibilityNeedConfiguration : IEntityTypeConfiguration<ContactAccessibilityNeed>
{
    public void Configure(EntityTypeBuilder<ContactAccessibilityNeed> builder)
    {
        builder.HasKey(n => new { n.ContactId, n.Need });
        builder.Property(n => n.Need).HasMaxLength(50);
        builder.HasIndex(n => new { n.OrganisationId, n.Need });
    }
}

internal sealed class ContactRelationConfiguration : IEntityTypeConfiguration<ContactRelation>
{
    public void Configure(EntityTypeBuilder<ContactRelation> builder)
    {
        builder.Property(r => r.Type).HasMaxLength(32);
        builder.HasOne<Contact>().WithMany().HasForeignKey(r => r.RelatedContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ContactId, r.RelatedContactId, r.Type }).IsUnique();
        builder.HasIndex(r => r.RelatedContactId);
    }
}

internal sealed class CompanyLinkConfiguration : IEntityTypeConfiguration<CompanyLink>
{
    public void Configure(EntityTypeBuilder<CompanyLink> builder)
    {
        builder.Property(l => l.Role).HasMaxLength(100);
        builder.HasOne<Contact>().WithMany().HasForeignKey(l => l.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.PersonId, l.CompanyId }).IsUnique();
        builder.HasIndex(l => l.CompanyId);
    }
}

internal sealed class ContactPhotoConfiguration : IEntityTypeConfiguration<ContactPhoto>
{
    public void Configure(EntityTypeBuilder<ContactPhoto> builder)
    {
        builder.HasKey(p => p.ContactId);
        builder.Property(p => p.ContentType).HasMaxLength(32);
        builder.HasOne<Contact>().WithOne().HasForeignKey<ContactPhoto>(p => p.ContactId).OnDelete(DeleteBehavior.Cascade);
    }
}
