import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "~/lib/viewer";
import { HydrateClient, getQueryClient, trpc } from "~/trpc/server";
import { filtersToSearch, nextPage, readFilters } from "./event-filters";
import { EventsBrowser } from "./events-browser";
import "./events.css";

export const metadata: Metadata = { title: "Events" };

export default async function EventsPage({ searchParams }: PageProps<"/studio/events">) {
  const filters = readFilters(await searchParams);
  const viewer = await requireViewer(`/studio/events${filtersToSearch(filters.values)}`);
  const canCreate = viewer.roles.includes("editor");
  await getQueryClient().prefetchInfiniteQuery(trpc.event.list.infiniteQueryOptions(filters.input, { getNextPageParam: nextPage }));

  return (
    <HydrateClient>
      <div className="page-head">
        <h1>Events</h1>
        {canCreate ? (
          <Link className="button" href="/studio/events/new">
            New event
          </Link>
        ) : null}
      </div>
      <p className="lede">Every event in the studio, newest first, whatever its state. Filter to find one; share the address to share the view.</p>
      <EventsBrowser {...filters} viewerId={viewer.id} canCreate={canCreate} />
    </HydrateClient>
  );
}
