import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { approvedInForce, whyNotEditable } from "~/components/studio/event-form/edit-rules";
import { EventForm } from "~/components/studio/event-form/event-form";
import { headRevision } from "~/components/studio/event-form/form-values";
import { prefetchReference } from "~/components/studio/event-form/prefetch-reference";
import { StatusBadge } from "~/components/studio/status-badge";
import { requireViewer } from "~/lib/viewer";
import { HydrateClient } from "~/trpc/server";
import { loadEvent } from "../load-event";

export const metadata: Metadata = { title: "Edit event" };

export default async function EditEventPage({ params }: PageProps<"/studio/events/[id]/edit">) {
  const { id } = await params;
  await requireViewer(`/studio/events/${id}/edit`, "editor");
  const event = await loadEvent(id);
  if (!event) notFound();
  const head = headRevision(event);
  const closed = whyNotEditable(event);
  const inForce = approvedInForce(event);
  if (!closed) await prefetchReference();

  return (
    <HydrateClient>
      <h1>Edit event</h1>
      <p className="lede">
        {head.title} <StatusBadge status={event.status} />
      </p>
      {closed ? (
        <div className="notice">
          <p>
            <strong>This event cannot be edited now.</strong> {closed}
          </p>
          <p>
            <Link href={`/studio/events/${id}`}>Back to the event</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="notice">
            Saving makes a new revision: a draft that needs review again.{inForce ? ` ${inForce}` : ""}
          </p>
          <Suspense fallback={<p className="muted">Loading the form…</p>}>
            <EventForm event={event} />
          </Suspense>
        </>
      )}
    </HydrateClient>
  );
}
