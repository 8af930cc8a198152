using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactHub.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OperatorLockout : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FailedLoginCount",
                table: "Operators",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "LockedOutUntil",
                table: "Operators",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SecurityStamp",
                table: "Operators",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FailedLoginCount",
                table: "Operators");

            migrationBuilder.DropColumn(
                name: "LockedOutUntil",
                table: "Operators");

            migrationBuilder.DropColumn(
                name: "SecurityStamp",
                table: "Operators");
        }
    }
}
