using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactHub.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Confidentiality",
                table: "Contacts",
                type: "INTEGER",
                maxLength: 32,
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "NameOrder",
                table: "ContactDefinition",
                type: "TEXT",
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
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "FirstMiddleLast");
        }
    }
}
