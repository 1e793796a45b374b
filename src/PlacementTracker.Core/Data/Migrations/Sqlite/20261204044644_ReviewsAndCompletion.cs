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

            migrationBuilder.CreateIndex(
                name: "IX_CompletionReviews_PlacementId",
                table: "CompletionReviews",
                column: "PlacementId",
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
