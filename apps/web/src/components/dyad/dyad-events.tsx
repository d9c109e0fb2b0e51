import Link from "next/link";
import { direction, eventAnchor, formatIntensity } from "./format";
import type { Names, ReleaseEvent } from "./types";
import { TableWrap } from "~/components/table-wrap";

/**
 * The most rows the table lists: a busy dyad has thousands of events over ten years, and a page
 * that lists them all takes seconds to render and to read; the API and a zoomed chart give the rest.
 */
export const EVENT_ROWS = 100;

/**
 * The release's events for the dyad in the period the chart shows (its most recent EVENT_ROWS),
 * oldest first, each titled with a link to its page.
 */
export function DyadEvents({ events, names, apiHref }: { events: ReleaseEvent[]; names: Names; apiHref: string }) {
  if (events.length === 0) return <p className="empty">This release includes no events for this dyad in the period shown.</p>;
  const rows = events.slice(-EVENT_ROWS);
  return (
    <>
      {rows.length < events.length ? (
        <p className="muted">
          The {rows.length} most recent of the {events.length.toLocaleString("en")} events in the period shown. Zoom the chart to a shorter period to list
          earlier ones, or read them all from the API: <a href={apiHref}>{apiHref}</a>.
        </p>
      ) : null}
      <TableWrap label="Events in this release">
        <table className="data dyad-events">
          <caption className="visually-hidden">Events in this release, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Event</th>
              <th scope="col">Direction</th>
              <th scope="col">CAMEO</th>
              <th scope="col" className="num">
                Intensity
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.eventId} id={eventAnchor(e)} tabIndex={-1}>
                <td className="num">{e.date}</td>
                <th scope="row">
                  <Link href={`/events/${e.eventId}`}>{e.title}</Link>
                </th>
                <td>{direction(e, names)}</td>
                <td>
                  <span className="code">{e.cameo.code}</span> {e.cameo.name}
                </td>
                <td className={`num ${e.intensity < 0 ? "intensity-conflict" : "intensity-cooperation"}`}>
                  {formatIntensity(e.intensity)}
                  {e.weight !== 1 ? <span className="muted"> × {e.weight}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
