import type { Metadata } from "next";
import { Suspense } from "react";
import { EventForm } from "~/components/studio/event-form/event-form";
import { valuesFromQuery } from "~/components/studio/event-form/form-values";
import { prefetchReference } from "~/components/studio/event-form/prefetch-reference";
import { requireViewer } from "~/lib/viewer";
import { HydrateClient } from "~/trpc/server";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  await requireViewer("/studio/events/new", "editor");
  await prefetchReference();
  return (
    <HydrateClient>
      <h1>New event</h1>
      <p className="lede">
        Record one action between two actors, with the sources that report it. It is saved as a draft that only you
        and other editors see; submit it for review from its page when it is ready.
      </p>
      <Suspense fallback={<p className="muted">Loading the form…</p>}>
        <EventForm initial={Object.keys(query).length > 0 ? valuesFromQuery(query) : undefined} />
      </Suspense>
    </HydrateClient>
  );
}
