// Making and applying database migrations without Prisma's schema engine binary; see
// apply.ts, files.ts and schema-engine.ts for why.
export { applyMigrations, type ApplyOptions, type ApplyResult } from "./apply";
export { latestAppliedMigration, MIGRATIONS_TABLE, type Queryable } from "./status";
export { listMigrations, migrationsDir, readSchema, repoRoot, schemaPath, type Migration } from "./files";
export { diffSchemas, type DiffOptions } from "./schema-engine";
