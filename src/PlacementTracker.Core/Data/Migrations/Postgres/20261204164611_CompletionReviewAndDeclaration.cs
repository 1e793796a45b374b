using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlacementTracker.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CompletionReviewAndDeclaration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalRatings_CompletionReviewId_AreaId",
                table: "AppraisalRatings",
                columns: new[] { "CompletionReviewId", "AreaId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppraisalRatings");

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
