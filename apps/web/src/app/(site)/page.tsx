import { Suspense } from "react";
import { DyadList } from "~/components/dyad-list";
import { BiggestMovers } from "~/components/release/biggest-movers";
import { HowToRead } from "~/components/release/how-to-read";
import { NewestEvents } from "~/components/release/newest-events";
import { RankedDyads } from "~/components/release/ranked-dyads";
import { ReleaseBanner } from "~/components/release/release-banner";
import { newestEvents, rankedDyads, releaseRef } from "~/lib/published";
import { TRPCReactProvider } from "~/trpc/react";
import { HydrateClient, getQueryClient, trpc } from "~/trpc/server";
import "~/components/release/release.css";

/** How many of the release's newest events the page lists. */
const NEWEST_COUNT = 10;

// Rendered per request, because a new release can appear at any time; only "which release is the
// latest?" is asked each time, and the release's data is cached under its id (lib/published).
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const ref = await releaseRef();
  const [ranked, newest] = ref ? await Promise.all([rankedDyads(ref), newestEvents(ref, NEWEST_COUNT)]) : [];
  // Before the first release, the dyads being recorded stand in for the ranking.
  if (!ref) await getQueryClient().prefetchQuery(trpc.dyad.list.queryOptions());

  return (
    <>
      <h1>How tense are relations between countries today?</h1>
      <p className="lede">
        The Relations Tension Index turns reviewed, sourced political events into a daily number from 0 (warmest)
        to 100 (most hostile) for each pair of countries — a <em>dyad</em>. Every value can be traced to the events
        behind it.
      </p>
      {ranked && newest ? (
        <>
          <ReleaseBanner release={ranked.release} />
          <section aria-labelledby="movers-title">
            <h2 id="movers-title">Biggest movers this week</h2>
            <BiggestMovers dyads={ranked.dyads} />
          </section>
          <section aria-labelledby="newest-title">
            <h2 id="newest-title">Newest events in this release</h2>
            <NewestEvents events={newest.events} />
          </section>
          <section aria-labelledby="ranking-title">
            <h2 id="ranking-title">All dyads, most tense first</h2>
            {ranked.dyads.length === 0 ? (
              <p className="empty">This release has no dyads: no reviewed events fell before its cut-off.</p>
            ) : (
              <RankedDyads dyads={ranked.dyads} asOf={ranked.release.asOf} />
            )}
          </section>
        </>
      ) : (
        // The only public view that queries from the browser, so the tRPC client is brought here.
        <TRPCReactProvider>
          <HydrateClient>
            <div className="empty release-pending">
              <p>
                <strong>No index has been published yet.</strong> Values appear here once a publisher releases the
                first edition. Meanwhile, these are the dyads editors are recording events for.
              </p>
            </div>
            <h2>Dyads</h2>
            <Suspense fallback={<p className="muted">Loading dyads…</p>}>
              <DyadList />
            </Suspense>
          </HydrateClient>
        </TRPCReactProvider>
      )}
      <HowToRead />
    </>
  );
}
