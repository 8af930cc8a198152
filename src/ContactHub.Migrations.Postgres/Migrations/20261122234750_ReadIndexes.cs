using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactHub.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "NameKey",
                table: "Contacts",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(400)",
                oldMaxLength: 400);

            migrationBuilder.CreateIndex(
                name: "IX_ContactPhones_ContactId",
                table: "ContactPhones",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactEmails_ContactId",
                table: "ContactEmails",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactAddresses_ContactId",
                table: "ContactAddresses",
                column: "ContactId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContactPhones_ContactId",
                table: "ContactPhones");

            migrationBuilder.DropIndex(
                name: "IX_ContactEmails_ContactId",
                table: "ContactEmails");

            migrationBuilder.DropIndex(
                name: "IX_ContactAddresses_ContactId",
                table: "ContactAddresses");

            migrationBuilder.AlterColumn<string>(
                name: "NameKey",
                table: "Contacts",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(400)",
                oldMaxLength: 400,
                oldCollation: "C");
        }
    }
}
