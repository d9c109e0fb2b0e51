import { Suspense } from "react";
import { DyadList } from "~/components/dyad-list";
import { HydrateClient, getQueryClient, trpc } from "~/trpc/server";

// Reads the live database on each request until releases make the data immutable.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  await getQueryClient().prefetchQuery(trpc.dyad.list.queryOptions());
  return (
    <HydrateClient>
      <h1>How tense are relations between countries today?</h1>
      <p className="lede">
        The Relations Tension Index turns reviewed, sourced political events into a daily number from 0 (warmest)
        to 100 (most hostile) for each pair of countries — a <em>dyad</em>. Every value can be traced to the events
        behind it.
      </p>
      <h2>Dyads</h2>
      <Suspense fallback={<p className="muted">Loading dyads…</p>}>
        <DyadList />
      </Suspense>
    </HydrateClient>
  );
}
