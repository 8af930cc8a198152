using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactHub.Migrations.Postgres.Migrations
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
                type: "character varying(15)",
                maxLength: 15,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.CreateTable(
                name: "ContactSearchKeys",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContactId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C")
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
