using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Issue27Security : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_IdempotencyRecords",
                table: "IdempotencyRecords");

            // Runs queued before this change get the lowest clearance: a run never reaches more than its requester could.
            migrationBuilder.AddColumn<string>(
                name: "RequestedClearance",
                table: "Runs",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Free");

            // Earlier idempotency records belong to no actor, so none replays them (they only served retries within minutes).
            migrationBuilder.AddColumn<Guid>(
                name: "ActorId",
                table: "IdempotencyRecords",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Keys from before scopes keep every scope they effectively had (ApiScopes.All; system keys ignore theirs).
            migrationBuilder.AddColumn<string>(
                name: "Scopes",
                table: "ApiKeys",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "contacts:read contacts:write definition:read definition:write runs imports");

            migrationBuilder.AddPrimaryKey(
                name: "PK_IdempotencyRecords",
                table: "IdempotencyRecords",
                columns: new[] { "OrganisationId", "ActorId", "Key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_IdempotencyRecords",
                table: "IdempotencyRecords");

            migrationBuilder.DropColumn(
                name: "RequestedClearance",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "ActorId",
                table: "IdempotencyRecords");

            migrationBuilder.DropColumn(
                name: "Scopes",
                table: "ApiKeys");

            migrationBuilder.AddPrimaryKey(
                name: "PK_IdempotencyRecords",
                table: "IdempotencyRecords",
                columns: new[] { "OrganisationId", "Key" });
        }
    }
}
