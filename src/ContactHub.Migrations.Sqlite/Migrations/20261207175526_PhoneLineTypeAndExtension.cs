using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PhoneLineTypeAndExtension : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LineType",
                table: "ContactPhones",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                // Numbers stored before: "Unknown" (a PhoneLineType; "" would not read back), until start-up
                // classifies them (PhoneLineTypeBackfill).
                defaultValue: "Unknown");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LineType",
                table: "ContactPhones");
        }
    }
}
