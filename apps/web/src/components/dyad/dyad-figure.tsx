import type { DyadPageData } from "~/lib/load-dyad";
import { dyadName } from "~/components/release/format";
import { ChartInteractions, type LineValues } from "./chart-interactions";
import { eventsOnChart, markedEvents } from "./chart-events";
import { DyadChart } from "./dyad-chart";
import type { Names, SeriesPoint } from "./types";
import type { DyadBase, DyadView } from "./view";

export const CHART_ID = "dyad-chart";

/** Values to the two decimals a reader sees, so the page carries no more than it shows. */
const lineValues = (l: { name: string; points: SeriesPoint[] }): LineValues => ({ name: l.name, first: l.points[0]!.date, values: l.points.map((p) => Math.round(p.value * 100) / 100) });

/** The chart with its interactions and caption: the dyad page's and the embed's. */
export function DyadFigure({ data, view, names, base = "/dyads" }: { data: DyadPageData; view: DyadView; names: Names; base?: DyadBase }) {
  const { dyad, points } = data;
  const shown = eventsOnChart(points, data.events);
  const events = markedEvents(shown);
  // Each overlay keeps its place in the address, so its colour matches the legend's.
  const lines = data.overlays.flatMap((o, index) => (o.points && o.points.length > 0 ? [{ name: o.name, points: o.points, index }] : []));
  const label = `${dyadName(dyad)}: index from ${points[0]!.date} to ${points.at(-1)!.date}${lines.length ? `, compared with ${lines.map((l) => l.name).join(", ")}` : ""}, with ${events.length} event markers`;
  return (
    <figure>
      <div className="chart-scroll">
        <ChartInteractions slug={dyad.slug} view={view} base={base} first={points[0]!.date} last={points.at(-1)!.date} lines={[{ name: dyadName(dyad), points }, ...lines].map(lineValues)} events={events} names={names}>
          <DyadChart id={CHART_ID} points={points} events={events} overlays={lines} day={view.day} label={label} newTab={base !== "/dyads"} />
        </ChartInteractions>
      </div>
      <figcaption>
        0 is warmest, 100 most hostile. Circles mark events — red for conflict, blue for cooperation, larger for stronger;
        each opens its event.
        {events.length < shown.length ? ` The ${events.length} strongest of the ${shown.length.toLocaleString("en")} events in these days are marked; zoom in to see the others.` : null}
      </figcaption>
    </figure>
  );
}
