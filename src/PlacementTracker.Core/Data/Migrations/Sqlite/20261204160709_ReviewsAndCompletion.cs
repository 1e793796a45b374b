using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlacementTracker.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewsAndCompletion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RecordLockedAtUtc",
                table: "IndustryPlacements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SpecialConsiderationHours",
                table: "IndustryPlacements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SpecialConsiderationNote",
                table: "IndustryPlacements",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SpecialConsiderationReasonCodes",
                table: "IndustryPlacements",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WillNotCompleteAtUtc",
                table: "IndustryPlacements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WillNotCompleteReason",
                table: "IndustryPlacements",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CompletionReviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppraisalCompletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndOfPlacementCompletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<uint>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompletionReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompletionReviews_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgressIndicatorAreas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    RetiredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressIndicatorAreas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProgressIndicatorLevels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    RetiredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressIndicatorLevels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Attendees = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    EmployerFeedback = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    StudentFeedback = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProviderNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CompletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<uint>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reviews_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewActions_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewConfirmations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Capacity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ConfirmedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewConfirmations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewConfirmations_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewObjectiveUpdates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObjectiveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    LogbookEntryId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewObjectiveUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewObjectiveUpdates_Objectives_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "Objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReviewObjectiveUpdates_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LevelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LevelName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LevelPosition = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewRatings_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CompletionReviews_PlacementId",
                table: "CompletionReviews",
                column: "PlacementId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewActions_ReviewId",
                table: "ReviewActions",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewConfirmations_ReviewId_Capacity",
                table: "ReviewConfirmations",
                columns: new[] { "ReviewId", "Capacity" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewObjectiveUpdates_ObjectiveId",
                table: "ReviewObjectiveUpdates",
                column: "ObjectiveId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewObjectiveUpdates_ReviewId_ObjectiveId",
                table: "ReviewObjectiveUpdates",
                columns: new[] { "ReviewId", "ObjectiveId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRatings_ReviewId_AreaId",
                table: "ReviewRatings",
                columns: new[] { "ReviewId", "AreaId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_PlacementId_Kind",
                table: "Reviews",
                columns: new[] { "PlacementId", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CompletionReviews");

            migrationBuilder.DropTable(
                name: "ProgressIndicatorAreas");

            migrationBuilder.DropTable(
                name: "ProgressIndicatorLevels");

            migrationBuilder.DropTable(
                name: "ReviewActions");

            migrationBuilder.DropTable(
                name: "ReviewConfirmations");

            migrationBuilder.DropTable(
                name: "ReviewObjectiveUpdates");

            migrationBuilder.DropTable(
                name: "ReviewRatings");

            migrationBuilder.DropTable(
                name: "Reviews");

            migrationBuilder.DropColumn(
                name: "RecordLockedAtUtc",
                table: "IndustryPlacements");

            migrationBuilder.DropColumn(
                name: "SpecialConsiderationHours",
                table: "IndustryPlacements");

            migrationBuilder.DropColumn(
                name: "SpecialConsiderationNote",
                table: "IndustryPlacements");

            migrationBuilder.DropColumn(
                name: "SpecialConsiderationReasonCodes",
                table: "IndustryPlacements");

            migrationBuilder.DropColumn(
                name: "WillNotCompleteAtUtc",
                table: "IndustryPlacements");

            migrationBuilder.DropColumn(
                name: "WillNotCompleteReason",
                table: "IndustryPlacements");
        }
    }
}
