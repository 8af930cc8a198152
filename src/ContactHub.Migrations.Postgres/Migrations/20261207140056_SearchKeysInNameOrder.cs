using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactHub.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchKeysInNameOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_ContactSearchKeys",
                table: "ContactSearchKeys");

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "ContactSearchKeys",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "",
                collation: "C");

            // Keys stored before carry their contact's name key from now on.
            migrationBuilder.Sql("""
                UPDATE "ContactSearchKeys" AS k SET "NameKey" = c."NameKey"
                FROM "Contacts" AS c WHERE c."Id" = k."ContactId";
                """);

            migrationBuilder.AddPrimaryKey(
                name: "PK_ContactSearchKeys",
                table: "ContactSearchKeys",
                columns: new[] { "OrganisationId", "Key", "NameKey", "ContactId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_ContactSearchKeys",
                table: "ContactSearchKeys");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "ContactSearchKeys");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ContactSearchKeys",
                table: "ContactSearchKeys",
                columns: new[] { "OrganisationId", "Key", "ContactId" });
        }
    }
}
