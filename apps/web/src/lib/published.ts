// Published data for the public pages. A published release never changes (the database refuses
// it), so everything read from one is cached for good under the release's id: publishing a new
// release gives the pages a new id, and with it fresh entries. Only the question "which release
// is the latest?" is asked on every request: one indexed query.
import "server-only";
import { appRouter, createCallerFactory, publicContext, publishedReleaseRef } from "@rti/api";
import { unstable_cache } from "next/cache";
import { cache } from "react";

export type ReleaseRef = { id: string; number: number };

const caller = () => createCallerFactory(appRouter)(publicContext());

/** The latest published release, or the one numbered; null when there is none. */
export const releaseRef = cache((number?: number): Promise<ReleaseRef | null> => publishedReleaseRef(publicContext().db, number));

/** Postgres integers; anything else in an address cannot be a release. */
const NUMBER = /^[1-9]\d{0,8}$/;

/** The release an address's number names (the latest without one); null for a malformed or unknown number. */
export const releaseRefOf = async (param: string | undefined) => {
  if (param === undefined) return releaseRef();
  return NUMBER.test(param) ? releaseRef(Number(param)) : null;
};

/**
 * Caches a read of one release under its id (part of the key), for the life of the cache.
 * Requests that miss the same entry at once share one read: after a release or a restart, a
 * crowd of readers would otherwise each read (and hold) the same data.
 */
function perRelease<Args extends unknown[], T>(name: string, read: (release: number, ...args: Args) => Promise<T>) {
  const cached = unstable_cache((_id: string, release: number, ...args: Args) => read(release, ...args), ["published", name], { revalidate: false });
  const reading = new Map<string, Promise<T>>();
  return cache((ref: ReleaseRef, ...args: Args) => {
    const key = JSON.stringify([ref.id, ...args]);
    let answer = reading.get(key);
    if (!answer) {
      answer = cached(ref.id, ref.number, ...args).finally(() => reading.delete(key));
      reading.set(key, answer);
    }
    return answer;
  });
}

export const releaseDetails = perRelease("get", (release) => caller().release.get({ number: release }));
export const rankedDyads = perRelease("dyads", (release) => caller().release.dyads({ release }));
export const dyadSeries = perRelease("series", (release, dyad: string) => caller().release.series({ dyad, release }));
export const dyadEvents = perRelease("events", (release, dyad: string) => caller().release.events({ dyad, release }));
export const explainDay = perRelease("explain", (release, dyad: string, date: string) => caller().release.explain({ dyad, release, date }));
/** Every published release up to this one (the list only grows, so the latest's id keys it). */
export const releasesUpTo = perRelease("list", async (release) => (await caller().release.list()).filter((r) => r.number! <= release));
/** The corrections published up to this release (they only accumulate, so the latest's id keys them). */
export const correctionsUpTo = perRelease("corrections", async (release) => (await caller().release.corrections()).filter((c) => c.release.number <= release));
/** The newest events of a release, across its dyads. */
export const newestEvents = perRelease("newest", (release, limit: number) => caller().release.newestEvents({ release, limit }));
/**
 * An event as the published releases show it, under the latest's id: only a newer release can
 * change that (by including a new revision or retracting the event), and it brings a new id.
 */
export const publishedEvent = perRelease("event", (_release, id: string) => caller().event.published({ id }));
/**
 * Actor names, to name a release's dyads: actors are only ever added, never renamed or removed,
 * so the list as read once the release is out names every actor in it.
 */
export const actorsAsOf = perRelease("actors", () => caller().reference.actors());
