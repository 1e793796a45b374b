using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlacementTracker.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlacementSetUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "IndustryPlacementId",
                table: "Placements",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "OpportunityId",
                table: "Placements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "Version",
                table: "Placements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<int>(
                name: "WorkingDays",
                table: "Placements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "WorkingHours",
                table: "Placements",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IndustryPlacements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequiredHours = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiredHoursReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<uint>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndustryPlacements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndustryPlacements_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObjectiveTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpecialismCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<uint>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectiveTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObjectiveTemplates_Specialisms_SpecialismCode",
                        column: x => x.SpecialismCode,
                        principalTable: "Specialisms",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlacementStatusChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ChangedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    ChangedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacementStatusChanges_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SignedDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PlanNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    GeneratedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReplacedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignedDocuments_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObjectiveTemplateItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SpecialismSkill = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SuccessCriteria = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Activities = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TargetWeeksAfterStart = table.Column<int>(type: "INTEGER", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectiveTemplateItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObjectiveTemplateItems_ObjectiveTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "ObjectiveTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlacementPlans",
                columns: table => new
                {
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<uint>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementPlans", x => x.PlacementId);
                    table.ForeignKey(
                        name: "FK_PlacementPlans_ObjectiveTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "ObjectiveTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_PlacementPlans_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Signatures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Capacity = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SignerUserId = table.Column<string>(type: "TEXT", nullable: true),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SignedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    VoidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Signatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Signatures_AspNetUsers_SignerUserId",
                        column: x => x.SignerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Signatures_SignedDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "SignedDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Objectives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SpecialismSkill = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SuccessCriteria = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Activities = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<uint>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Objectives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Objectives_PlacementPlans_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "PlacementPlans",
                        principalColumn: "PlacementId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObjectiveRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObjectiveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReasonNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Changes = table.Column<string>(type: "TEXT", nullable: false),
                    RevisedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    RevisedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RevisedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectiveRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObjectiveRevisions_Objectives_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "Objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Placements made before industry placements existed: give each student with one an industry
            // placement, its id the student's, with the required hours of their specialism.
            migrationBuilder.Sql("""
                INSERT INTO "IndustryPlacements" ("Id", "StudentId", "RequiredHours", "Version")
                SELECT s."Id", s."Id", sp."RequiredHours", 0
                FROM "Students" s JOIN "Specialisms" sp ON sp."Code" = s."SpecialismCode"
                WHERE EXISTS (SELECT 1 FROM "Placements" p WHERE p."StudentId" = s."Id");
                UPDATE "Placements" SET "IndustryPlacementId" = "StudentId";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Placements_IndustryPlacementId",
                table: "Placements",
                column: "IndustryPlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_OpportunityId",
                table: "Placements",
                column: "OpportunityId");

            migrationBuilder.CreateIndex(
                name: "IX_IndustryPlacements_StudentId",
                table: "IndustryPlacements",
                column: "StudentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveRevisions_ObjectiveId",
                table: "ObjectiveRevisions",
                column: "ObjectiveId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveRevisions_PlacementId_RevisedAtUtc",
                table: "ObjectiveRevisions",
                columns: new[] { "PlacementId", "RevisedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Objectives_PlacementId",
                table: "Objectives",
                column: "PlacementId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveTemplateItems_TemplateId",
                table: "ObjectiveTemplateItems",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveTemplates_SpecialismCode",
                table: "ObjectiveTemplates",
                column: "SpecialismCode");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementPlans_TemplateId",
                table: "PlacementPlans",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementStatusChanges_PlacementId_ChangedAtUtc",
                table: "PlacementStatusChanges",
                columns: new[] { "PlacementId", "ChangedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Signatures_DocumentId",
                table: "Signatures",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_Signatures_SignerUserId",
                table: "Signatures",
                column: "SignerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_SignedDocuments_PlacementId_Kind",
                table: "SignedDocuments",
                columns: new[] { "PlacementId", "Kind" });

            migrationBuilder.AddForeignKey(
                name: "FK_Placements_IndustryPlacements_IndustryPlacementId",
                table: "Placements",
                column: "IndustryPlacementId",
                principalTable: "IndustryPlacements",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Placements_Opportunities_OpportunityId",
                table: "Placements",
                column: "OpportunityId",
                principalTable: "Opportunities",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Placements_IndustryPlacements_IndustryPlacementId",
                table: "Placements");

            migrationBuilder.DropForeignKey(
                name: "FK_Placements_Opportunities_OpportunityId",
                table: "Placements");

            migrationBuilder.DropTable(
                name: "IndustryPlacements");

            migrationBuilder.DropTable(
                name: "ObjectiveRevisions");

            migrationBuilder.DropTable(
                name: "ObjectiveTemplateItems");

            migrationBuilder.DropTable(
                name: "PlacementStatusChanges");

            migrationBuilder.DropTable(
                name: "Signatures");

            migrationBuilder.DropTable(
                name: "Objectives");

            migrationBuilder.DropTable(
                name: "SignedDocuments");

            migrationBuilder.DropTable(
                name: "PlacementPlans");

            migrationBuilder.DropTable(
                name: "ObjectiveTemplates");

            migrationBuilder.DropIndex(
                name: "IX_Placements_IndustryPlacementId",
                table: "Placements");

            migrationBuilder.DropIndex(
                name: "IX_Placements_OpportunityId",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "IndustryPlacementId",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "OpportunityId",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "WorkingDays",
                table: "Placements");

            migrationBuilder.DropColumn(
                name: "WorkingHours",
                table: "Placements");
        }
    }
}
