// What happened: when, who did what to whom, and the dyad whose index it moves.
import Link from "next/link";
import { dyadName } from "~/components/release/format";
import type { PublishedEvent } from "./types";

function EventDate({ event: e }: { event: PublishedEvent }) {
  if (e.datePrecision === "month") {
    const month = e.date.slice(0, 7);
    return (
      <>
        <time dateTime={month}>{month}</time> <span className="muted">(month only; the index counts it on the 1st)</span>
      </>
    );
  }
  return <time dateTime={e.date}>{e.date}</time>;
}

export function EventFacts({ event: e }: { event: PublishedEvent }) {
  return (
    <dl className="facts event-page-facts">
      <dt>Date</dt>
      <dd>
        <EventDate event={e} />
      </dd>
      <dt>Who did what to whom</dt>
      <dd>
        {e.source.name} <span className="code">({e.source.code})</span> <span aria-hidden="true">→</span>
        <span className="visually-hidden">to</span> {e.target.name} <span className="code">({e.target.code})</span>:{" "}
        {e.cameo.name}
      </dd>
      <dt>Dyad</dt>
      <dd>
        <Link href={`/dyads/${e.dyad.slug}`}>{dyadName(e.dyad)}</Link>{" "}
        <span className="muted">(the index this event moves)</span>
      </dd>
      <dt>Summary</dt>
      <dd className="event-page-summary">{e.summary ?? <span className="muted">No summary was written.</span>}</dd>
    </dl>
  );
}
