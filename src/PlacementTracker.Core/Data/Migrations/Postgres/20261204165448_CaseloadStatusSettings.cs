using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PlacementTracker.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseloadStatusSettings : Migration
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
        }
    }
}
