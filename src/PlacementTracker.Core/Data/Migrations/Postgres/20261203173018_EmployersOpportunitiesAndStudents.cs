using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlacementTracker.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EmployersOpportunitiesAndStudents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Availability",
                table: "Students",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "PriorLearning",
                table: "Students",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProgressNotes",
                table: "Students",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SendNeeds",
                table: "Students",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SharingConsentGiven",
                table: "Students",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SharingConsentRecordedBy",
                table: "Students",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SharingConsentRecordedOn",
                table: "Students",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TravelMaxMiles",
                table: "Students",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TravelMaxMinutes",
                table: "Students",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TravelModes",
                table: "Students",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Students",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WorkReadinessAssessedOn",
                table: "Students",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WorkReadinessNotes",
                table: "Students",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DueDiligenceWarningDays",
                table: "ProviderSettings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "BeforeDayOne",
                table: "Employers",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DressCode",
                table: "Employers",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Employers",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FundingNotes",
                table: "Employers",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "Employers",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reference",
                table: "Employers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SiteInduction",
                table: "Employers",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SupportNotes",
                table: "Employers",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UsualHours",
                table: "Employers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Employers",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Website",
                table: "Employers",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Accountabilities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PersonName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accountabilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Accountabilities_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DueDiligenceChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EvidenceStoredName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    EvidenceFileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    EvidenceContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EvidenceSize = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DueDiligenceChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DueDiligenceChecks_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EmployerContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JobTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployerContacts_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Opportunities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployerSiteId = table.Column<Guid>(type: "uuid", nullable: true),
                    RoleTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProjectsAndTasks = table.Column<string>(type: "text", nullable: true),
                    SkillsNeeded = table.Column<string>(type: "text", nullable: true),
                    MinimumStartingRequirements = table.Column<string>(type: "text", nullable: true),
                    SuggestedPriorLearning = table.Column<string>(type: "text", nullable: true),
                    WorkingDays = table.Column<int>(type: "integer", nullable: false),
                    WorkingHours = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DeliveryModel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RemoteWorkPossible = table.Column<bool>(type: "boolean", nullable: false),
                    StartFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    StartTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Places = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opportunities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Opportunities_EmployerSites_EmployerSiteId",
                        column: x => x.EmployerSiteId,
                        principalTable: "EmployerSites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Opportunities_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PreparationTraining",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    What = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreparationTraining", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreparationTraining_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReasonableAdjustment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ShareWithEmployer = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReasonableAdjustment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReasonableAdjustment_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkReadinessRating",
                columns: table => new
                {
                    StudentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Area = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkReadinessRating", x => new { x.StudentId, x.Area });
                    table.ForeignKey(
                        name: "FK_WorkReadinessRating_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OpportunitySpecialisms",
                columns: table => new
                {
                    OpportunityId = table.Column<Guid>(type: "uuid", nullable: false),
                    SpecialismCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpportunitySpecialisms", x => new { x.OpportunityId, x.SpecialismCode });
                    table.ForeignKey(
                        name: "FK_OpportunitySpecialisms_Opportunities_OpportunityId",
                        column: x => x.OpportunityId,
                        principalTable: "Opportunities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OpportunitySpecialisms_Specialisms_SpecialismCode",
                        column: x => x.SpecialismCode,
                        principalTable: "Specialisms",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmployerSites_Town",
                table: "EmployerSites",
                column: "Town");

            // Employers made before references existed get one from their id, so the unique index can be built.
            migrationBuilder.Sql(
                """
                UPDATE "Employers" SET "Reference" = 'E' || upper(left(replace("Id"::text, '-', ''), 18)) WHERE "Reference" = '';
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Employers_Reference",
                table: "Employers",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Accountabilities_EmployerId",
                table: "Accountabilities",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_DueDiligenceChecks_EmployerId_Kind",
                table: "DueDiligenceChecks",
                columns: new[] { "EmployerId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DueDiligenceChecks_ExpiresOn",
                table: "DueDiligenceChecks",
                column: "ExpiresOn");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerContacts_EmployerId",
                table: "EmployerContacts",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_EmployerId",
                table: "Opportunities",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_EmployerSiteId",
                table: "Opportunities",
                column: "EmployerSiteId");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_Status",
                table: "Opportunities",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_OpportunitySpecialisms_SpecialismCode",
                table: "OpportunitySpecialisms",
                column: "SpecialismCode");

            migrationBuilder.CreateIndex(
                name: "IX_PreparationTraining_StudentId",
                table: "PreparationTraining",
                column: "StudentId");

            migrationBuilder.CreateIndex(
                name: "IX_ReasonableAdjustment_StudentId",
                table: "ReasonableAdjustment",
                column: "StudentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Accountabilities");

            migrationBuilder.DropTable(
                name: "DueDiligenceChecks");

            migrationBuilder.DropTable(
                name: "EmployerContacts");

            migrationBuilder.DropTable(
                name: "OpportunitySpecialisms");

            migrationBuilder.DropTable(
                name: "PreparationTraining");

            migrationBuilder.DropTable(
                name: "ReasonableAdjustment");

            migrationBuilder.DropTable(
                name: "WorkReadinessRating");

            migrationBuilder.DropTable(
                name: "Opportunities");

            migrationBuilder.DropIndex(
                name: "IX_EmployerSites_Town",
                table: "EmployerSites");

            migrationBuilder.DropIndex(
                name: "IX_Employers_Reference",
                table: "Employers");

            migrationBuilder.DropColumn(
                name: "Availability",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "PriorLearning",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "ProgressNotes",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "SendNeeds",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "SharingConsentGiven",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "SharingConsentRecordedBy",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "SharingConsentRecordedOn",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "TravelMaxMiles",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "TravelMaxMinutes",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "TravelModes",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "WorkReadinessAssessedOn",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "WorkReadinessNotes",
                table: "Students");

            migrationBuilder.DropColumn(
                name: "DueDiligenceWarningDays",
                table: "ProviderSettings");

            migrationBuilder.DropColumn(
                name: "BeforeDayOne",
                table: "Employers");

            migrationBuilder.DropColumn(
                name: "DressCode",
                table: "Employers");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Employers");

            migrationBuilder.DropColumn(
                name: "FundingNotes",
                table: "Employers");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "Employers");

            migrationBuilder.DropColumn(
                name: "Reference",
                table: "Employers");

            migrationBuilder.DropColumn(
                name: "SiteInduction",
                table: "Employers");

            migrationBuilder.DropColumn(
                name: "SupportNotes",
                table: "Employers");

            migrationBuilder.DropColumn(
                name: "UsualHours",
                table: "Employers");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Employers");

            migrationBuilder.DropColumn(
                name: "Website",
                table: "Employers");
        }
    }
}
