using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class QuickSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReversedDigits",
                table: "ContactPhones",
                type: "TEXT",
                maxLength: 15,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ContactSearchKeys",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactSearchKeys", x => new { x.OrganisationId, x.Key, x.ContactId });
                    table.ForeignKey(
                        name: "FK_ContactSearchKeys_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContactPhones_OrganisationId_ReversedDigits",
                table: "ContactPhones",
                columns: new[] { "OrganisationId", "ReversedDigits" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactSearchKeys_ContactId",
                table: "ContactSearchKeys",
                column: "ContactId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContactSearchKeys");

            migrationBuilder.DropIndex(
                name: "IX_ContactPhones_OrganisationId_ReversedDigits",
                table: "ContactPhones");

            migrationBuilder.DropColumn(
                name: "ReversedDigits",
                table: "ContactPhones");
        }
    }
}
