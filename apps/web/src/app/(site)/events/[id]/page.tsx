import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventFacts } from "~/components/event/event-facts";
import { EventHistory } from "~/components/event/event-history";
import { EventIntensity } from "~/components/event/event-intensity";
import { EventReleases } from "~/components/event/event-releases";
import { RetractionNotice } from "~/components/event/retraction-notice";
import { dyadName } from "~/components/release/format";
import { SourceList } from "~/components/studio/event-view/source-list";
import { loadPublishedEvent } from "./load-event";
import "~/components/release/release.css";
import "~/components/dyad/dyad.css";
import "~/components/studio/event-view/event-view.css";
import "~/components/event/event.css";

// Rendered per request, because a release that includes, changes or retracts the event can be
// published at any time; the event is cached under the latest release's id (lib/published).
export const dynamic = "force-dynamic";

type Props = PageProps<"/events/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await loadPublishedEvent((await params).id);
  return event ? { title: `${event.title} (${event.date})`, description: event.summary ?? undefined } : { title: "Event not found" };
}

export default async function EventPage({ params }: Props) {
  const event = await loadPublishedEvent((await params).id);
  if (!event) notFound();
  return (
    <article className="event-page" aria-labelledby="event-title">
      <p className="muted">
        <Link href={`/dyads/${event.dyad.slug}`}>{dyadName(event.dyad)}</Link>
      </p>
      <h1 id="event-title">{event.title}</h1>
      {event.retracted ? <RetractionNotice retracted={event.retracted} /> : null}

      <section aria-labelledby="facts-title">
        <h2 id="facts-title">What happened</h2>
        <EventFacts event={event} />
      </section>

      <section aria-labelledby="intensity-title">
        <h2 id="intensity-title">Code and intensity</h2>
        <EventIntensity event={event} />
      </section>

      <section aria-labelledby="sources-title">
        <h2 id="sources-title">Sources</h2>
        <SourceList sources={event.sources} />
      </section>

      <section aria-labelledby="releases-title">
        <h2 id="releases-title">Releases that include it ({event.releases.length})</h2>
        <EventReleases releases={event.releases} />
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title">Revision history</h2>
        <p className="muted">
          The versions of this event that a published release included, newest first. Edits still under review are not
          public until a release includes them.
        </p>
        <EventHistory history={event.history} shown={event.revision} />
      </section>
    </article>
  );
}
