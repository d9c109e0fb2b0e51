import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { headRevision } from "~/components/studio/event-form/form-values";
import { EventView } from "~/components/studio/event-view/event-view";
import { requireViewer } from "~/lib/viewer";
import { HydrateClient } from "~/trpc/server";
import { loadEvent } from "./load-event";
import "~/components/studio/event-view/event-view.css";

export async function generateMetadata({ params }: PageProps<"/studio/events/[id]">): Promise<Metadata> {
  const { id } = await params;
  // Signed-out visitors are sent to sign in by the page; their tab just says "Event".
  const event = await loadEvent(id).catch(() => undefined);
  if (event === null) return { title: "Event not found" };
  return { title: event ? headRevision(event).title : "Event" };
}

export default async function EventPage({ params }: PageProps<"/studio/events/[id]">) {
  const { id } = await params;
  const viewer = await requireViewer(`/studio/events/${id}`);
  if (!(await loadEvent(id))) notFound();
  return (
    <HydrateClient>
      <Suspense fallback={<p className="muted">Loading the event…</p>}>
        <EventView id={id} viewer={{ id: viewer.id, roles: viewer.roles }} />
      </Suspense>
    </HydrateClient>
  );
}
