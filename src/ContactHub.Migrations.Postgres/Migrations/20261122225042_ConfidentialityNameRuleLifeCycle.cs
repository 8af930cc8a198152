using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactHub.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ConfidentialityNameRuleLifeCycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DisplayName",
                table: "Contacts");

            migrationBuilder.AddColumn<string>(
                name: "AccountReference",
                table: "Contacts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Confidentiality",
                table: "Contacts",
                type: "integer",
                maxLength: 32,
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "NameOrder",
                table: "ContactDefinition",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "FirstMiddleLast");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AccountReference",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "Confidentiality",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "NameOrder",
                table: "ContactDefinition");

            migrationBuilder.AddColumn<string>(
                name: "DisplayName",
                table: "Contacts",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "FirstMiddleLast");
        }
    }
}
