using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactHub.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class UniquenessRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CompanyUniqueness",
                table: "ContactDefinition",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "PersonUniqueness",
                table: "ContactDefinition",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "ContactUniqueKey",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rule = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Value = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ContactId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactUniqueKey", x => new { x.OrganisationId, x.Rule, x.Value });
                    table.ForeignKey(
                        name: "FK_ContactUniqueKey_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContactUniqueKey_ContactId",
                table: "ContactUniqueKey",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactUniqueKey_Value",
                table: "ContactUniqueKey",
                column: "Value");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContactUniqueKey");

            migrationBuilder.DropColumn(
                name: "CompanyUniqueness",
                table: "ContactDefinition");

            migrationBuilder.DropColumn(
                name: "PersonUniqueness",
                table: "ContactDefinition");
        }
    }
}
