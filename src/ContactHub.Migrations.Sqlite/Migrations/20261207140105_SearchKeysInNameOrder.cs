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
            // Rebuilt by hand rather than by EF, to make it a WITHOUT ROWID table: its rows then live in the primary
            // key's b-tree alone, instead of in a row-id table plus the key as a second b-tree holding every column
            // again. The keys stored before get their contact's name key. A test checks the table stays so, should a
            // later migration rebuild it.
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_ContactSearchKeys" (
                    "OrganisationId" TEXT NOT NULL,
                    "Key" TEXT NOT NULL,
                    "NameKey" TEXT NOT NULL,
                    "ContactId" TEXT NOT NULL,
                    CONSTRAINT "PK_ContactSearchKeys" PRIMARY KEY ("OrganisationId", "Key", "NameKey", "ContactId")
                ) WITHOUT ROWID;
                INSERT INTO "ef_temp_ContactSearchKeys" ("OrganisationId", "Key", "NameKey", "ContactId")
                SELECT k."OrganisationId", k."Key", COALESCE(c."NameKey", ''), k."ContactId"
                FROM "ContactSearchKeys" AS k LEFT JOIN "Contacts" AS c ON c."Id" = k."ContactId";
                DROP TABLE "ContactSearchKeys";
                ALTER TABLE "ef_temp_ContactSearchKeys" RENAME TO "ContactSearchKeys";
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
