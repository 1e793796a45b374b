using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlacementTracker.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CompletionResultsAndMonitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AgreementSigningDays",
                table: "ProviderSettings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AttendanceConcernCount",
                table: "ProviderSettings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ConcernNoteDays",
                table: "ProviderSettings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HoursAmberBelowPercent",
                table: "ProviderSettings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HoursRedBelowPercent",
                table: "ProviderSettings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "IgnoredStatusReasons",
                table: "ProviderSettings",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "LogbookGapDays",
                table: "ProviderSettings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "NeedsImprovementAreas",
                table: "ProviderSettings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PlacementDeadlineDay",
                table: "ProviderSettings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "PlacementDeadlineMonth",
                table: "ProviderSettings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ReviewOverdueRedDays",
                table: "ProviderSettings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TimesheetApprovalDays",
                table: "ProviderSettings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "EdsNumber",
                table: "Employers",
                type: "character varying(9)",
                maxLength: 9,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Achievements",
                table: "CompletionReviews",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AppraisalCompletedByName",
                table: "CompletionReviews",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AreasToDevelop",
                table: "CompletionReviews",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EmployerConsentsToCaseStudy",
                table: "CompletionReviews",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "EndOfPlacementCompletedByName",
                table: "CompletionReviews",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NextSteps",
                table: "CompletionReviews",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reflection",
                table: "CompletionReviews",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Strengths",
                table: "CompletionReviews",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StudentConsentsToCaseStudy",
                table: "CompletionReviews",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "SuccessFactors",
                table: "CompletionReviews",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "WouldOfferJob",
                table: "CompletionReviews",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "WouldOfferReference",
                table: "CompletionReviews",
                type: "boolean",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AppraisalRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CompletionReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaId = table.Column<Guid>(type: "uuid", nullable: false),
                    AreaName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LevelId = table.Column<Guid>(type: "uuid", nullable: false),
                    LevelName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LevelPosition = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalRatings_CompletionReviews_CompletionReviewId",
                        column: x => x.CompletionReviewId,
                        principalTable: "CompletionReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CalendarFeedTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarFeedTokens", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_CalendarFeedTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReminderKindsSwitchedOff",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SwitchedOffAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SwitchedOffByUserId = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderKindsSwitchedOff", x => x.Kind);
                });

            migrationBuilder.CreateTable(
                name: "SentReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientUserId = table.Column<string>(type: "text", nullable: false),
                    PeriodKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Subject = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    LinkPath = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    ClaimedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Failure = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SentReminders_AspNetUsers_RecipientUserId",
                        column: x => x.RecipientUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalRatings_CompletionReviewId_AreaId",
                table: "AppraisalRatings",
                columns: new[] { "CompletionReviewId", "AreaId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeedTokens_Token",
                table: "CalendarFeedTokens",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SentReminders_ClaimedAtUtc",
                table: "SentReminders",
                column: "ClaimedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_SentReminders_Kind_SubjectId_RecipientUserId_PeriodKey",
                table: "SentReminders",
                columns: new[] { "Kind", "SubjectId", "RecipientUserId", "PeriodKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SentReminders_RecipientUserId_ClaimedAtUtc",
                table: "SentReminders",
                columns: new[] { "RecipientUserId", "ClaimedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppraisalRatings");

            migrationBuilder.DropTable(
                name: "CalendarFeedTokens");

            migrationBuilder.DropTable(
                name: "ReminderKindsSwitchedOff");

            migrationBuilder.DropTable(
                name: "SentReminders");

            migrationBuilder.DropColumn(
                name: "AgreementSigningDays",
                table: "ProviderSettings");

            migrationBuilder.DropColumn(
                name: "AttendanceConcernCount",
                table: "ProviderSettings");

            migrationBuilder.DropColumn(
                name: "ConcernNoteDays",
                table: "ProviderSettings");

            migrationBuilder.DropColumn(
                name: "HoursAmberBelowPercent",
                table: "ProviderSettings");

            migrationBuilder.DropColumn(
                name: "HoursRedBelowPercent",
                table: "ProviderSettings");

            migrationBuilder.DropColumn(
                name: "IgnoredStatusReasons",
                table: "ProviderSettings");

            migrationBuilder.DropColumn(
                name: "LogbookGapDays",
                table: "ProviderSettings");

            migrationBuilder.DropColumn(
                name: "NeedsImprovementAreas",
                table: "ProviderSettings");

            migrationBuilder.DropColumn(
                name: "PlacementDeadlineDay",
                table: "ProviderSettings");

            migrationBuilder.DropColumn(
                name: "PlacementDeadlineMonth",
                table: "ProviderSettings");

            migrationBuilder.DropColumn(
                name: "ReviewOverdueRedDays",
                table: "ProviderSettings");

            migrationBuilder.DropColumn(
                name: "TimesheetApprovalDays",
                table: "ProviderSettings");

            migrationBuilder.DropColumn(
                name: "EdsNumber",
                table: "Employers");

            migrationBuilder.DropColumn(
                name: "Achievements",
                table: "CompletionReviews");

            migrationBuilder.DropColumn(
                name: "AppraisalCompletedByName",
                table: "CompletionReviews");

            migrationBuilder.DropColumn(
                name: "AreasToDevelop",
                table: "CompletionReviews");

            migrationBuilder.DropColumn(
                name: "EmployerConsentsToCaseStudy",
                table: "CompletionReviews");

            migrationBuilder.DropColumn(
                name: "EndOfPlacementCompletedByName",
                table: "CompletionReviews");

            migrationBuilder.DropColumn(
                name: "NextSteps",
                table: "CompletionReviews");

            migrationBuilder.DropColumn(
                name: "Reflection",
                table: "CompletionReviews");

            migrationBuilder.DropColumn(
                name: "Strengths",
                table: "CompletionReviews");

            migrationBuilder.DropColumn(
                name: "StudentConsentsToCaseStudy",
                table: "CompletionReviews");

            migrationBuilder.DropColumn(
                name: "SuccessFactors",
                table: "CompletionReviews");

            migrationBuilder.DropColumn(
                name: "WouldOfferJob",
                table: "CompletionReviews");

            migrationBuilder.DropColumn(
                name: "WouldOfferReference",
                table: "CompletionReviews");
        }
    }
}
