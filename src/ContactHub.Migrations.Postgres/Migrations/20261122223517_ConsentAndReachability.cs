using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactHub.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ConsentAndReachability : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AllowEmail",
                table: "Contacts",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "AllowLetter",
                table: "Contacts",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "AllowPhone",
                table: "Contacts",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "AllowSms",
                table: "Contacts",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "BlockedReason",
                table: "Contacts",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsBlocked",
                table: "Contacts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PreferredChannel",
                table: "Contacts",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidUntil",
                table: "Contacts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BounceDiagnostic",
                table: "ContactEmails",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BounceStatus",
                table: "ContactEmails",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<DateTime>(
                name: "BouncedAt",
                table: "ContactEmails",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ConsentPurpose",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Partners = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    GrantedByDefault = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentPurpose", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentPurpose_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContactDefinition",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AllowEmail = table.Column<bool>(type: "boolean", nullable: false),
                    AllowPhone = table.Column<bool>(type: "boolean", nullable: false),
                    AllowSms = table.Column<bool>(type: "boolean", nullable: false),
                    AllowLetter = table.Column<bool>(type: "boolean", nullable: false),
                    PreferredChannel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactDefinition", x => x.OrganisationId);
                    table.ForeignKey(
                        name: "FK_ContactDefinition_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsentState",
                columns: table => new
                {
                    ContactId = table.Column<Guid>(type: "uuid", nullable: false),
                    PurposeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Scope = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Granted = table.Column<bool>(type: "boolean", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentState", x => new { x.ContactId, x.PurposeId, x.Scope });
                    table.ForeignKey(
                        name: "FK_ConsentState_ConsentPurpose_PurposeId",
                        column: x => x.PurposeId,
                        principalTable: "ConsentPurpose",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsentState_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsentText",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PurposeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Language = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentText", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentText_ConsentPurpose_PurposeId",
                        column: x => x.PurposeId,
                        principalTable: "ConsentPurpose",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NotificationType",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PurposeClass = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ConsentPurposeId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationType", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NotificationType_ConsentPurpose_ConsentPurposeId",
                        column: x => x.ConsentPurposeId,
                        principalTable: "ConsentPurpose",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NotificationType_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsentEvent",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContactId = table.Column<Guid>(type: "uuid", nullable: false),
                    PurposeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Granted = table.Column<bool>(type: "boolean", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SourceKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: true),
                    SourceName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Method = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TextId = table.Column<Guid>(type: "uuid", nullable: false),
                    IpAddress = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: true),
                    UserAgent = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentEvent_ConsentPurpose_PurposeId",
                        column: x => x.PurposeId,
                        principalTable: "ConsentPurpose",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsentEvent_ConsentText_TextId",
                        column: x => x.TextId,
                        principalTable: "ConsentText",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsentEvent_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReachabilityOverride",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContactId = table.Column<Guid>(type: "uuid", nullable: false),
                    NotificationTypeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReachabilityOverride", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReachabilityOverride_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReachabilityOverride_NotificationType_NotificationTypeId",
                        column: x => x.NotificationTypeId,
                        principalTable: "NotificationType",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentEvent_ContactId_OccurredAt",
                table: "ConsentEvent",
                columns: new[] { "ContactId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentEvent_PurposeId",
                table: "ConsentEvent",
                column: "PurposeId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentEvent_TextId",
                table: "ConsentEvent",
                column: "TextId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentPurpose_OrganisationId_Key",
                table: "ConsentPurpose",
                columns: new[] { "OrganisationId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsentState_PurposeId_ContactId",
                table: "ConsentState",
                columns: new[] { "PurposeId", "ContactId" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentText_PurposeId_Language_Version",
                table: "ConsentText",
                columns: new[] { "PurposeId", "Language", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NotificationType_ConsentPurposeId",
                table: "NotificationType",
                column: "ConsentPurposeId");

            migrationBuilder.CreateIndex(
                name: "IX_NotificationType_OrganisationId_Key",
                table: "NotificationType",
                columns: new[] { "OrganisationId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReachabilityOverride_ContactId",
                table: "ReachabilityOverride",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_ReachabilityOverride_NotificationTypeId_ContactId",
                table: "ReachabilityOverride",
                columns: new[] { "NotificationTypeId", "ContactId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConsentEvent");

            migrationBuilder.DropTable(
                name: "ConsentState");

            migrationBuilder.DropTable(
                name: "ContactDefinition");

            migrationBuilder.DropTable(
                name: "ReachabilityOverride");

            migrationBuilder.DropTable(
                name: "ConsentText");

            migrationBuilder.DropTable(
                name: "NotificationType");

            migrationBuilder.DropTable(
                name: "ConsentPurpose");

            migrationBuilder.DropColumn(
                name: "AllowEmail",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "AllowLetter",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "AllowPhone",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "AllowSms",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "BlockedReason",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "IsBlocked",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "PreferredChannel",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "ValidUntil",
                table: "Contacts");

            migrationBuilder.DropColumn(
                name: "BounceDiagnostic",
                table: "ContactEmails");

            migrationBuilder.DropColumn(
                name: "BounceStatus",
                table: "ContactEmails");

            migrationBuilder.DropColumn(
                name: "BouncedAt",
                table: "ContactEmails");
        }
    }
}
