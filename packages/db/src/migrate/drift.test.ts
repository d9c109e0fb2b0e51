// Fails when prisma/schema.prisma was changed without making a migration for the change.
import { afterAll, beforeAll, expect, test } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../embedded";
import { listMigrations, readSchema } from "./files";
import { diffSchemas } from "./schema-engine";

// The schema engine connects to a database even for a schema-to-schema diff.
let db: EmbeddedPostgres;
beforeAll(async () => {
  db = await startEmbeddedPostgres();
});
afterAll(() => db?.stop());

test("prisma/schema.prisma matches the last migration's snapshot", async () => {
  const last = (await listMigrations()).at(-1);
  const pending = await diffSchemas({ from: last?.snapshot ?? null, to: await readSchema(), databaseUrl: db.url });
  expect(
    pending,
    "prisma/schema.prisma has changes no migration covers: run `npm run db:migration -- <name>` and commit the new prisma/migrations folder",
  ).toBe("");
});
