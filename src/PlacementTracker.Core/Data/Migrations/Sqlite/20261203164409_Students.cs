using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlacementTracker.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Students : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Availability",
                table: "Students",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "PriorLearning",
                table: "Students",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProgressNotes",
                table: "Students",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SendNeeds",
                table: "Students",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SharingConsentGiven",
                table: "Students",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SharingConsentRecordedBy",
                table: "Students",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SharingConsentRecordedOn",
                table: "Students",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TravelMaxMiles",
                table: "Students",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TravelMaxMinutes",
                table: "Students",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TravelModes",
                table: "Students",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<uint>(
                name: "Version",
                table: "Students",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WorkReadinessAssessedOn",
                table: "Students",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WorkReadinessNotes",
                table: "Students",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PreparationTraining",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ShareWithEmployer = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    StudentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
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
                name: "PreparationTraining");

            migrationBuilder.DropTable(
                name: "ReasonableAdjustment");

            migrationBuilder.DropTable(
                name: "WorkReadinessRating");

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
        }
    }
}
