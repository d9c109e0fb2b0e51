"use client";
// One dyad's series in this release beside the previous release's, for the dyad the publisher
// picks (the one that moved most, to begin with).
import { band } from "@rti/engine";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { bandLabel, formatDelta, formatValue } from "~/components/release/format";
import { apiProblem } from "~/lib/errors";
import { useTRPC } from "~/trpc/react";
import { SeriesPlot } from "./series-plot";
import type { Changelog, NameOf } from "./types";

interface Props {
  id: string;
  changelog: Changelog;
  initial: string;
  /** "This draft" or "This release". */
  currentLabel: string;
  nameOf: NameOf;
}

export function SeriesChart({ id, changelog, initial, currentLabel, nameOf }: Props) {
  const trpc = useTRPC();
  const selectId = useId();
  const [dyad, setDyad] = useState(initial);
  const query = useQuery(trpc.release.draftSeries.queryOptions({ id, dyad }));
  const previousNumber = changelog.previous ? ` (R${changelog.previous.number})` : "";
  const entry = changelog.dyads.find((d) => d.dyad === dyad);

  const summary = (() => {
    if (!query.data) return "";
    const end = (points: { value: number }[]) => {
      const last = points.at(-1);
      return last ? `${formatValue(last.value)} (${bandLabel(band(last.value))})` : null;
    };
    const now = end(query.data.draft);
    const before = end(query.data.previous);
    const parts = [
      now ? `${currentLabel} ends at ${now}.` : `${currentLabel} has no series for this dyad.`,
      !changelog.previous ? "There is no previous release to compare with." : before ? `The previous release ended at ${before}.` : "The previous release had no series for this dyad.",
    ];
    const c = entry?.largestChange;
    if (c) parts.push(`They differ most on ${c.day}: ${formatValue(c.before)} before, ${formatValue(c.after)} now (${formatDelta(c.delta)}).`);
    return `${nameOf(dyad)}. ${parts.join(" ")}`;
  })();

  return (
    <div className="series-chart">
      <div className="field">
        <label htmlFor={selectId}>Dyad to chart</label>
        <select id={selectId} value={dyad} onChange={(e) => setDyad(e.target.value)}>
          {changelog.dyads.map((d) => (
            <option key={d.dyad} value={d.dyad}>
              {nameOf(d.dyad)}
            </option>
          ))}
        </select>
      </div>
      {query.isError ? (
        <p className="alert" role="alert">
          Could not load the series: {apiProblem(query.error).message}
        </p>
      ) : !query.data ? (
        <p className="muted series-loading" role="status">
          Loading the series…
        </p>
      ) : (
        <figure aria-label={`Index of ${nameOf(dyad)}, 0 to 100: ${currentLabel.toLowerCase()} against the previous release${previousNumber}`}>
          <ul className="series-legend" aria-hidden="true">
            <li>
              <span className="swatch previous" /> Previous release{previousNumber}
            </li>
            <li>
              <span className="swatch" /> {currentLabel}
            </li>
          </ul>
          <SeriesPlot previous={query.data.previous} current={query.data.draft} />
          <figcaption>{summary}</figcaption>
        </figure>
      )}
    </div>
  );
}
