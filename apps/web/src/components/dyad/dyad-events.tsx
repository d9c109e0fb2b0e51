import Link from "next/link";
import { direction, eventAnchor, formatIntensity } from "./format";
import type { Names, ReleaseEvent } from "./types";
import { TableWrap } from "~/components/table-wrap";

/** The release's events for the dyad, oldest first, each titled with a link to its page; the chart's markers link to their rows. */
export function DyadEvents({ events, names }: { events: ReleaseEvent[]; names: Names }) {
  if (events.length === 0) return <p className="empty">This release includes no events for this dyad.</p>;
  return (
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
          {events.map((e) => (
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
  );
}
