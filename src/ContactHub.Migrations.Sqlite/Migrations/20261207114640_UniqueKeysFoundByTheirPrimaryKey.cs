using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UniqueKeysFoundByTheirPrimaryKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContactUniqueKey_Value",
                table: "ContactUniqueKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ContactUniqueKey_Value",
                table: "ContactUniqueKey",
                column: "Value");
        }
    }
}
