using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactHub.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ContactSearchKeys",
                table: "ContactSearchKeys",
                columns: new[] { "OrganisationId", "Key", "NameKey", "ContactId" });

            // Keys stored before carry their contact's name key from now on (after the table is rebuilt with the key).
            migrationBuilder.Sql("""
                UPDATE "ContactSearchKeys" SET "NameKey" = COALESCE(
                    (SELECT c."NameKey" FROM "Contacts" AS c WHERE c."Id" = "ContactSearchKeys"."ContactId"), '');
                """);
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
