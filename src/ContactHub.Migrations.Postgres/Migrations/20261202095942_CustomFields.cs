using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContactHub.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CustomFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CustomFieldDefinition",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AppliesTo = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Options = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Required = table.Column<bool>(type: "boolean", nullable: false),
                    ShowInList = table.Column<bool>(type: "boolean", nullable: false),
                    ShowInDetail = table.Column<bool>(type: "boolean", nullable: false),
                    ShowInSelfService = table.Column<bool>(type: "boolean", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsArchived = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomFieldDefinition", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomFieldDefinition_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContactCustomValue",
                columns: table => new
                {
                    ContactId = table.Column<Guid>(type: "uuid", nullable: false),
                    FieldId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FieldKey = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Value = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Number = table.Column<double>(type: "double precision", nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactCustomValue", x => new { x.ContactId, x.FieldId });
                    table.ForeignKey(
                        name: "FK_ContactCustomValue_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContactCustomValue_CustomFieldDefinition_FieldId",
                        column: x => x.FieldId,
                        principalTable: "CustomFieldDefinition",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContactCustomValue_FieldId_Date",
                table: "ContactCustomValue",
                columns: new[] { "FieldId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactCustomValue_FieldId_Number",
                table: "ContactCustomValue",
                columns: new[] { "FieldId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactCustomValue_FieldId_Value",
                table: "ContactCustomValue",
                columns: new[] { "FieldId", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomFieldDefinition_OrganisationId_Key",
                table: "CustomFieldDefinition",
                columns: new[] { "OrganisationId", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContactCustomValue");

            migrationBuilder.DropTable(
                name: "CustomFieldDefinition");
        }
    }
}
