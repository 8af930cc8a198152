using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IdentityDocumentsAccessibilityAndDefinitionStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The clear-text identity-document columns go on purpose: the sealed columns replace them, and a clear copy
            // must not stay at rest. (Before this release no database held real identity documents.)
            migrationBuilder.DropColumn(
                name: "IdNumber",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "PassportNumber",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "SocialSecurityNumber",
                table: "Contacts");

            migrationBuilder.AddColumn<Guid>(
                name: "DefinitionStamp",
                table: "Organisations",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "SealedIdNumber",
                table: "Contacts",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SealedPassportNumber",
                table: "Contacts",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SealedSocialSecurityNumber",
                table: "Contacts",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SealedUniquenessKey",
                table: "ContactDefinition",
                type: "TEXT",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MaySeeIdentityDocuments",
                table: "ApiKeys",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "ContactAccessibilityNeeds",
                columns: table => new
                {
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Need = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactAccessibilityNeeds", x => new { x.ContactId, x.Need });
                    table.ForeignKey(
                        name: "FK_ContactAccessibilityNeeds_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContactAccessibilityNeeds_OrganisationId_Need",
                table: "ContactAccessibilityNeeds",
                columns: new[] { "OrganisationId", "Need" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContactAccessibilityNeeds");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropColumn(
                name: "DefinitionStamp",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "SealedIdNumber",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "SealedPassportNumber",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "SealedSocialSecurityNumber",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "SealedUniquenessKey",
                table: "ContactDefinition");

            migrationBuilder.DropColumn(
                name: "MaySeeIdentityDocuments",
                table: "ApiKeys");

            migrationBuilder.AddColumn<string>(
                name: "IdNumber",
                table: "Contacts",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PassportNumber",
                table: "Contacts",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SocialSecurityNumber",
                table: "Contacts",
                type: "TEXT",
                maxLength: 50,
                nullable: true);
        }
    }
}
