using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchKeysWithoutContactForeignKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ContactSearchKeys_Contacts_ContactId",
                table: "ContactSearchKeys");

            migrationBuilder.DropIndex(
                name: "IX_ContactSearchKeys_ContactId",
                table: "ContactSearchKeys");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ContactSearchKeys_ContactId",
                table: "ContactSearchKeys",
                column: "ContactId");

            migrationBuilder.AddForeignKey(
                name: "FK_ContactSearchKeys_Contacts_ContactId",
                table: "ContactSearchKeys",
                column: "ContactId",
                principalTable: "Contacts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
