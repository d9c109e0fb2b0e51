// Making and applying database migrations without Prisma's schema engine binary; see
// apply.ts, files.ts and schema-engine.ts for why.
export { applyMigrations, latestAppliedMigration, MIGRATIONS_TABLE, type ApplyOptions, type ApplyResult, type Queryable } from "./apply";
export { listMigrations, migrationsDir, readSchema, repoRoot, schemaPath, type Migration } from "./files";
export { diffSchemas, type DiffOptions } from "./schema-engine";
