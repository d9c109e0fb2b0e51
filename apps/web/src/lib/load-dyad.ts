import "server-only";
import { cache } from "react";
import { dyadName } from "~/components/release/format";
import { rangeStart } from "~/components/dyad/range";
import type { SeriesPoint } from "~/components/dyad/types";
import type { DyadView } from "~/components/dyad/view";
import { isApiError } from "~/lib/not-found";
import { dyadEvents, dyadSeries, explainDay, rankedDyads, releaseRefOf } from "~/lib/published";

/**
 * A dyad as a published release (the latest when `release` is absent) shows it: its ranked row,
 * its whole series and its events; null when the release or the dyad is not there.
 */
export const loadDyad = cache(async (slug: string, release: string | undefined) => {
  const ref = await releaseRefOf(release);
  if (!ref) return null;
  const ranked = await rankedDyads(ref);
  const dyad = ranked.dyads.find((d) => d.slug === slug);
  if (!dyad) return null;
  const [series, events] = await Promise.all([dyadSeries(ref, slug), dyadEvents(ref, slug)]);
  return { ref, release: ranked.release, ranked: ranked.dyads, dyad, series: series.points, events: events.events };
});

export type LoadedDyad = NonNullable<Awaited<ReturnType<typeof loadDyad>>>;

/** The days a view shows: a brushed window, or a preset counted back from the cut-off. */
export function windowOf(view: DyadView, asOf: string): { from?: string; to?: string } {
  if (view.from || view.to) return { from: view.from, to: view.to };
  return { from: rangeStart(view.range, asOf) };
}

export const inWindow = (points: SeriesPoint[], { from, to }: { from?: string; to?: string }) =>
  points.filter((p) => (!from || p.date >= from) && (!to || p.date <= to));

/** Everything the page (and its downloads) show for a view. */
export async function loadDyadView(slug: string, view: DyadView) {
  const loaded = await loadDyad(slug, view.release);
  if (!loaded) return null;
  const window = windowOf(view, loaded.release.asOf);
  const overlays = await Promise.all(
    view.compare.map(async (other) => {
      const row = loaded.ranked.find((d) => d.slug === other);
      if (!row) return { slug: other, name: other.toUpperCase(), points: null };
      return { slug: other, name: dyadName(row), points: inWindow((await dyadSeries(loaded.ref, other)).points, window) };
    }),
  );
  const points = inWindow(loaded.series, window);
  // Without a chosen day, the last one shown is explained.
  const day = view.day ?? points.at(-1)?.date;
  return { ...loaded, window, points, overlays, explanation: day ? await explanationOf(loaded, day) : null };
}

export type DyadPageData = NonNullable<Awaited<ReturnType<typeof loadDyadView>>>;
export type Overlay = DyadPageData["overlays"][number];

/** "What moved it" on a day, or the reason there is nothing to explain (a day outside the series). */
async function explanationOf(loaded: LoadedDyad, day: string) {
  try {
    return { day, ...(await explainDay(loaded.ref, loaded.dyad.slug, day)) };
  } catch (error) {
    if (isApiError(error, "BAD_REQUEST")) return { day, error: error.message };
    throw error;
  }
}
