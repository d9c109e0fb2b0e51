// What the API returns about releases.
import type { Db, Prisma } from "@rti/db";
import { z } from "zod";
import { day } from "../events/dto";
import { changelogSchema, type Changelog } from "./changelog";

export const methodologySchema = z.object({ version: z.number().int(), name: z.string(), halfLifeDays: z.number(), scale: z.number() });

export const releaseSchema = z.object({
  id: z.string(),
  number: z.number().int().nullable(),
  status: z.enum(["draft", "published"]),
  asOf: z.string(),
  methodology: methodologySchema,
  notes: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  eventCount: z.number().int(),
  dyadCount: z.number().int(),
  changelog: changelogSchema,
});
export type ReleaseDto = z.infer<typeof releaseSchema>;

/** How many events a release's changelog lists of each kind, and the release it compares with. */
export const changeCountsSchema = z.object({
  previous: z.number().int().nullable(),
  added: z.number().int(),
  changed: z.number().int(),
  retracted: z.number().int(),
  removed: z.number().int(),
});
export type ChangeCounts = z.infer<typeof changeCountsSchema>;

/**
 * A release without its changelog, which lists every event the release adds and runs to
 * megabytes for a large first release: what lists of releases and the public pages' banners need.
 */
export const releaseSummarySchema = releaseSchema.omit({ changelog: true }).extend({ changes: changeCountsSchema });
export type ReleaseSummaryDto = z.infer<typeof releaseSummarySchema>;

export function summariseRelease({ changelog, ...release }: ReleaseDto): ReleaseSummaryDto {
  const { previous, added, changed, retracted, removed } = changelog;
  return { ...release, changes: { previous: previous?.number ?? null, added: added.length, changed: changed.length, retracted: retracted.length, removed: removed.length } };
}

export const releaseInclude = {
  methodology: true,
  createdBy: { select: { name: true } },
  publishedBy: { select: { name: true } },
  _count: { select: { events: true, dyads: true } },
} satisfies Prisma.ReleaseInclude;

export function toReleaseDto(r: Prisma.ReleaseGetPayload<{ include: typeof releaseInclude }>): ReleaseDto {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    asOf: day(r.asOf),
    methodology: { version: r.methodology.version, name: r.methodology.name, halfLifeDays: r.methodology.halfLifeDays, scale: r.methodology.scale },
    notes: r.notes,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy.name,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    publishedBy: r.publishedBy?.name ?? null,
    eventCount: r._count.events,
    dyadCount: r._count.dyads,
    changelog: r.changelog as Changelog,
  };
}

/** One release, as the API returns it. */
export async function loadRelease(db: Db, id: string): Promise<ReleaseDto> {
  return toReleaseDto(await db.release.findUniqueOrThrow({ where: { id }, include: releaseInclude }));
}

export const BAND_NAMES = ["friendly", "cordial", "normal", "tense", "hostile"] as const;

export const rankedDyadSchema = z.object({
  slug: z.string(),
  actorA: z.object({ code: z.string(), name: z.string() }),
  actorB: z.object({ code: z.string(), name: z.string() }),
  value: z.number(),
  band: z.enum(BAND_NAMES),
  change7: z.number().nullable(),
  change30: z.number().nullable(),
  eventCount: z.number().int(),
  /** The last 90 days' values, oldest first, for a sparkline. */
  sparkline: z.array(z.number()),
});

