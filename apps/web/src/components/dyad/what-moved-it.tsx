import Link from "next/link";
import type { DyadPageData } from "~/lib/load-dyad";
import { BandChip } from "~/components/release/band-chip";
import { formatValue } from "~/components/release/format";
import { band } from "@rti/engine";
import { direction, formatFigure, formatIntensity } from "./format";
import type { Names } from "./types";
import type { DyadView } from "./view";
import { ViewFields } from "./view-fields";
import { TableWrap } from "~/components/table-wrap";

/** Events that add less than this to a day are counted with "the rest", not listed. */
const NOTICEABLE = 0.005;

const percent = (share: number) => `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;

/** The engine's explanation of one day: which events push its value, and how much. */
export function WhatMovedIt({ action, view, explanation, bounds, names }: { action: string; view: DyadView; explanation: NonNullable<DyadPageData["explanation"]>; bounds: { min: string; max: string }; names: Names }) {
  const listed = "error" in explanation ? [] : explanation.contributions.filter((c) => c.share >= NOTICEABLE);
  const rest = "error" in explanation ? null : { count: explanation.others.count + explanation.contributions.length - listed.length, share: 1 - listed.reduce((sum, c) => sum + c.share, 0) };
  return (
    <>
      <form action={action} className="zoom-form" aria-label="Explain a day">
        <label>
          Day <input type="date" name="day" defaultValue={explanation.day} min={bounds.min} max={bounds.max} required />
        </label>
        <ViewFields view={view} omit={["day"]} />
        <button type="submit" className="button secondary">
          Explain
        </button>
      </form>
      {"error" in explanation ? (
        <p className="empty" role="status">
          {explanation.error}
        </p>
      ) : (
        <>
          <p>
            On <strong>{explanation.day}</strong> the index stood at <strong className="num">{formatValue(explanation.value)}</strong>{" "}
            <BandChip band={band(explanation.value)} />. Each event&rsquo;s push is its weight × −intensity, halved every{" "}
            <Link href="/methodology">half-life</Link> since it happened; above 0 pushes toward hostility, below 0 toward warmth.
          </p>
          {explanation.contributions.length === 0 ? (
            <p className="empty">No event had happened yet by this day: the index sits at its neutral 50.</p>
          ) : listed.length === 0 ? null : (
            <TableWrap label="Events behind the day">
              <table className="data what-moved-it">
                <caption className="visually-hidden">Events pushing the value on {explanation.day}, strongest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Event</th>
                    <th scope="col">Date</th>
                    <th scope="col">Direction</th>
                    <th scope="col" className="num">
                      Intensity
                    </th>
                    <th scope="col" className="num">
                      Push that day
                    </th>
                    <th scope="col">Share</th>
                  </tr>
                </thead>
                <tbody>
                  {listed.map((c) => (
                    <tr key={c.event.eventId}>
                      <th scope="row">
                        <Link href={`/events/${c.event.eventId}`}>{c.event.title}</Link>
                      </th>
                      <td className="num">{c.event.date}</td>
                      <td>{direction(c.event, names)}</td>
                      <td className="num">{formatIntensity(c.event.intensity)}</td>
                      <td className={`num ${c.pressure > 0 ? "intensity-conflict" : "intensity-cooperation"}`}>{formatFigure(c.pressure)}</td>
                      <td>
                        <span className="share">
                          <span className={`share-bar ${c.pressure > 0 ? "share-conflict" : "share-cooperation"}`} style={{ width: percent(c.share) }} />
                        </span>{" "}
                        {percent(c.share)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
          {rest && rest.count > 0 ? (
            <p className="muted">
              {rest.count} older or smaller {rest.count === 1 ? "event adds" : "events add"} the remaining {percent(Math.max(0, rest.share))}.
            </p>
          ) : null}
        </>
      )}
    </>
  );
}
