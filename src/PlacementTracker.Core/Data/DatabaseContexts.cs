using Microsoft.EntityFrameworkCore;

namespace PlacementTracker.Core.Data;

/// <summary>The model on SQLite, the embedded default; its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqlitePlacementDbContext(DbContextOptions<SqlitePlacementDbContext> options)
    : PlacementDbContext(options);

/// <summary>The model on PostgreSQL; its migrations live in Data/Migrations/Postgres.</summary>
public sealed class PostgresPlacementDbContext(DbContextOptions<PostgresPlacementDbContext> options)
    : PlacementDbContext(options);
