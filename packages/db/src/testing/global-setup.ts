// Vitest global setup: one fresh, migrated database with reference data for the whole run.
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "../client";
import { applyMigrations } from "../migrate";
import { seedReference } from "../seed";
import { createFreshDatabase } from "./fresh-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createFreshDatabase("test");
  console.log(`[tests] ${database.kind === "embedded" ? "embedded PGlite" : "PostgreSQL database"} at ${database.url}`);
  await applyMigrations(database.url);
  const db = createPrismaClient(database.url);
  await seedReference(db);
  await db.$disconnect();
  project.provide("databaseUrl", database.url);
  return () => database.drop();
}
