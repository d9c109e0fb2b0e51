import { queryable } from "@rti/db";
import { latestAppliedMigration } from "@rti/db/migrate/status";
import { z } from "zod";
import { publicProcedure } from "../../trpc";

export const healthSchema = z.object({
  status: z.enum(["ok", "unavailable"]),
  database: z.object({ reachable: z.boolean(), latencyMs: z.number().nullable(), error: z.string().optional() }),
  migration: z.string().nullable(),
  time: z.string(),
});
export type Health = z.infer<typeof healthSchema>;

/** Whether the database answers, and which migration it is at. */
export const health = publicProcedure.output(healthSchema).query(async ({ ctx }) => {
  const time = new Date().toISOString();
  const started = performance.now();
  try {
    await ctx.db.$queryRaw`SELECT 1`;
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    const migration = await latestAppliedMigration(queryable(ctx.db));
    return { status: "ok" as const, database: { reachable: true, latencyMs }, migration, time };
  } catch {
    return {
      status: "unavailable" as const,
      database: { reachable: false, latencyMs: null, error: "The database did not answer." },
      migration: null,
      time,
    };
  }
});
