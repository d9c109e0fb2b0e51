import { createPrismaClient, getDb } from "@rti/db";
import { listMigrations } from "@rti/db/migrate";
import { describe, expect, it } from "vitest";
import { appRouter } from "../../root";
import { createCallerFactory } from "../../trpc";

describe("system.health", () => {
  it("reports a reachable database at the newest checked-in migration", async () => {
    const health = await createCallerFactory(appRouter)({ db: getDb(), viewer: null }).system.health();
    const migrations = await listMigrations();
    expect(health.status).toBe("ok");
    expect(health.database.reachable).toBe(true);
    expect(health.migration).toBe(migrations.at(-1)?.name);
  });

  it("reports an unreachable database as unavailable instead of failing", async () => {
    const dead = createPrismaClient("postgresql://nobody@127.0.0.1:1/none");
    const health = await createCallerFactory(appRouter)({ db: dead, viewer: null }).system.health();
    expect(health).toMatchObject({ status: "unavailable", database: { reachable: false }, migration: null });
  });
});
