using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NameDaysAndRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NameDay",
                table: "Contacts",
                type: "TEXT",
                maxLength: 5,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameDaySchedule",
                table: "ContactDefinition",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "NameDayRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Names = table.Column<string>(type: "TEXT", maxLength: 10100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NameDayRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NameDayRules_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Parameters = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Progress = table.Column<double>(type: "REAL", nullable: false),
                    RequestedByKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RequestedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    QueuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ScheduledFor = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HeartbeatAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ContactsScanned = table.Column<long>(type: "INTEGER", nullable: false),
                    ContactsChanged = table.Column<long>(type: "INTEGER", nullable: false),
                    ContactsFailed = table.Column<long>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Runs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Runs_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NameDayRules_OrganisationId_Date",
                table: "NameDayRules",
                columns: new[] { "OrganisationId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Runs_OrganisationId_Id",
                table: "Runs",
                columns: new[] { "OrganisationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Runs_OrganisationId_Kind_ScheduledFor",
                table: "Runs",
                columns: new[] { "OrganisationId", "Kind", "ScheduledFor" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Runs_Status_QueuedAt",
                table: "Runs",
                columns: new[] { "Status", "QueuedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NameDayRules");

            migrationBuilder.DropTable(
                name: "Runs");

            migrationBuilder.DropColumn(
                name: "NameDay",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "NameDaySchedule",
                table: "ContactDefinition");
        }
    }
}
