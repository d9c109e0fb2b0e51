import "server-only";
import { TRPCError } from "@trpc/server";
import { cache } from "react";
import { rangeStart, type RangeId } from "~/components/dyad/range";
import { getQueryClient, trpc } from "~/trpc/server";

/** Postgres integers; anything else in the address cannot be a release. */
const NUMBER = /^[1-9]\d{0,8}$/;

const isNotFound = (error: unknown) => error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST");

/**
 * A dyad as a published release (the latest when `release` is absent) shows it: its ranked row,
 * the points of the range, and its events; null when the release or the dyad is not there.
 */
export const loadDyad = cache(async (slug: string, release: string | undefined, range: RangeId) => {
  if (release !== undefined && !NUMBER.test(release)) return null;
  const queryClient = getQueryClient();
  try {
    const ranked = await queryClient.fetchQuery(trpc.release.dyads.queryOptions({ release: release ? Number(release) : undefined }));
    const dyad = ranked.dyads.find((d) => d.slug === slug);
    if (!dyad) return null;
    const number = ranked.release.number!;
    const [series, events] = await Promise.all([
      queryClient.fetchQuery(trpc.release.series.queryOptions({ dyad: slug, release: number, from: rangeStart(range, ranked.release.asOf) })),
      queryClient.fetchQuery(trpc.release.events.queryOptions({ dyad: slug, release: number })),
    ]);
    return { release: ranked.release, dyad, points: series.points, events: events.events };
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
});

export type DyadView = NonNullable<Awaited<ReturnType<typeof loadDyad>>>;
