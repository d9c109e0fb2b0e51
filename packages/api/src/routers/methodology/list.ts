import type { Db } from "@rti/db";
import { z } from "zod";
import { methodologySchema } from "../../domain/releases/dto";
import { publicProcedure } from "../../trpc";

export const methodologyVersionSchema = methodologySchema.extend({
  intensityOverrides: z.record(z.string(), z.number()),
  notes: z.string().nullable(),
  createdAt: z.string(),
  usedByReleases: z.number().int(),
});

/** Every methodology version, newest first, with how many releases used it. */
export async function methodologyVersions(db: Db) {
  const rows = await db.methodologyVersion.findMany({ orderBy: { version: "desc" }, include: { _count: { select: { releases: true } } } });
  return rows.map((m) => ({
    version: m.version,
    name: m.name,
    halfLifeDays: m.halfLifeDays,
    scale: m.scale,
    intensityOverrides: (m.intensityOverrides ?? {}) as Record<string, number>,
    notes: m.notes,
    createdAt: m.createdAt.toISOString(),
    usedByReleases: m._count.releases,
  }));
}

export const list = publicProcedure.output(z.array(methodologyVersionSchema)).query(({ ctx }) => methodologyVersions(ctx.db));
