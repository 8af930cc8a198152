using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NameOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contacts_OrganisationId_NameKey",
                table: "Contacts");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OrganisationId_NameKey_Id",
                table: "Contacts",
                columns: new[] { "OrganisationId", "NameKey", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Contacts_OrganisationId_NameKey_Id",
                table: "Contacts");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_OrganisationId_NameKey",
                table: "Contacts",
                columns: new[] { "OrganisationId", "NameKey" });
        }
    }
}
