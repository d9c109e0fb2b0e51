import type { RouterOutputs } from "@rti/api";
import Link from "next/link";
import { formatIntensity } from "~/components/dyad/format";
import { dyadName } from "./format";
import "~/components/dyad/dyad.css";
import "./newest-events.css";

type NewestEvent = RouterOutputs["release"]["newestEvents"]["events"][number];

/** The dyad page's colours: conflict (negative intensity) and cooperation (positive). */
const tone = (intensity: number) => (intensity < 0 ? "intensity-conflict" : intensity > 0 ? "intensity-cooperation" : undefined);

/** The release's newest events across all dyads, each linking to its own page and to its dyad's. */
export function NewestEvents({ events }: { events: NewestEvent[] }) {
  if (events.length === 0) return <p className="empty">This release includes no events.</p>;
  return (
    <ol className="newest-events">
      {events.map((e) => (
        <li key={e.eventId} className="card">
          <time dateTime={e.date} className="newest-date">
            {e.date}
          </time>
          <p className="newest-title">
            <Link href={`/events/${e.eventId}`}>{e.title}</Link>
          </p>
          <p className="newest-meta">
            <Link href={`/dyads/${e.dyad.slug}`}>{dyadName(e.dyad)}</Link>
            <span className="newest-direction">
              {e.source.name} <span aria-hidden="true">→</span>
              <span className="visually-hidden">to</span> {e.target.name}: {e.cameo.name}
            </span>
            <span>
              Intensity <strong className={tone(e.intensity)}>{formatIntensity(e.intensity)}</strong>
            </span>
          </p>
        </li>
      ))}
    </ol>
  );
}
