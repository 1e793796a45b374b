using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlacementTracker.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ApprovedTimeTotalsAndStatusChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApprovedTimeTotals",
                columns: table => new
                {
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApprovedTimeTotals", x => new { x.PlacementId, x.Kind });
                    table.ForeignKey(
                        name: "FK_ApprovedTimeTotals_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.Sql(Progress.ApprovedTimeTotals.FillFromApprovedWeeksSql);

            migrationBuilder.CreateTable(
                name: "PlacementRagChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementRagChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacementRagChanges_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlacementRagChanges_PlacementId_Date",
                table: "PlacementRagChanges",
                columns: new[] { "PlacementId", "Date" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApprovedTimeTotals");

            migrationBuilder.DropTable(
                name: "PlacementRagChanges");
        }
    }
}
