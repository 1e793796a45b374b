using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlacementTracker.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FeedbackAndLogbook : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FeedbackNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Tone = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackNotes_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LogbookEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WhatIDid = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Reflection = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<uint>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LogbookEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LogbookEntries_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LogbookComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LogbookComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LogbookComments_LogbookEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "LogbookEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LogbookEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LogbookEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LogbookEvidence_LogbookEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "LogbookEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LogbookObjectives",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObjectiveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LogbookObjectives", x => new { x.EntryId, x.ObjectiveId });
                    table.ForeignKey(
                        name: "FK_LogbookObjectives_LogbookEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "LogbookEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LogbookObjectives_Objectives_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "Objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackNotes_PlacementId_Date",
                table: "FeedbackNotes",
                columns: new[] { "PlacementId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_LogbookComments_EntryId",
                table: "LogbookComments",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_LogbookEntries_PlacementId_Date",
                table: "LogbookEntries",
                columns: new[] { "PlacementId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_LogbookEvidence_EntryId",
                table: "LogbookEvidence",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_LogbookObjectives_ObjectiveId",
                table: "LogbookObjectives",
                column: "ObjectiveId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FeedbackNotes");

            migrationBuilder.DropTable(
                name: "LogbookComments");

            migrationBuilder.DropTable(
                name: "LogbookEvidence");

            migrationBuilder.DropTable(
                name: "LogbookObjectives");

            migrationBuilder.DropTable(
                name: "LogbookEntries");
        }
    }
}
