// The index over the shown days as SVG rendered on the server (the first frame needs no
// JavaScript): band shading, the dyad's line, overlaid dyads, the explained day, and a focusable
// marker per event linking to its page. ChartInteractions adds the brush and hover read-out.
import { BANDS } from "@rti/engine";
import { scaleSqrt } from "d3-scale";
import { line } from "d3-shape";
import { CHART, PLOT, chartScales } from "./chart-geometry";
import { formatIntensity } from "./format";
import type { ReleaseEvent, SeriesPoint } from "./types";

/** At most this many date labels fit the width. */
const TICKS = 8;
const radius = scaleSqrt().domain([0, 10]).range([3, 9]);

export interface ChartLine {
  name: string;
  points: SeriesPoint[];
  /** Which overlay colour it takes. */
  index: number;
}

/** `events` must be markedEvents(eventsOnChart(points, …)): each has a point to sit on. */
/** `newTab` opens events outside the frame when the chart is embedded elsewhere. */
export function DyadChart({ id, points, events, overlays, day, label, newTab = false }: { id: string; points: SeriesPoint[]; events: ReleaseEvent[]; overlays: ChartLine[]; day?: string; label: string; newTab?: boolean }) {
  const { x, y, ticks } = chartScales(points[0]!.date, points.at(-1)!.date);
  const path = line<SeriesPoint>()
    .x((p) => x(p.date))
    .y((p) => y(p.value));
  const valueOn = new Map(points.map((p) => [p.date, p.value]));

  return (
    <svg id={id} className="dyad-chart" viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="group" aria-label={label}>
      <g aria-hidden="true">
        {BANDS.map((b) => (
          <g key={b.band}>
            <rect className={`chart-band chart-band-${b.band}`} x={PLOT.left} width={PLOT.right - PLOT.left} y={y(b.to)} height={y(b.from) - y(b.to)} />
            <text className="chart-band-label" x={PLOT.left + 6} y={y(b.to) + 14}>
              {b.label}
            </text>
          </g>
        ))}
        {y.ticks(5).map((v) => (
          <text key={v} className="chart-axis" x={PLOT.left - 6} y={y(v) + 4} textAnchor="end">
            {v}
          </text>
        ))}
        {ticks(TICKS).map((t) => (
          <g key={t.date}>
            <line className="chart-tick" x1={t.x} x2={t.x} y1={PLOT.bottom} y2={PLOT.bottom + 5} />
            <text className="chart-axis" x={t.x} y={CHART.height - 8} textAnchor="middle">
              {t.label}
            </text>
          </g>
        ))}
        {overlays.map((o) => (
          <path key={o.name} className={`chart-line chart-overlay chart-overlay-${o.index}`} d={path(o.points) ?? undefined} />
        ))}
        {points.length === 1 ? (
          <circle className="chart-point" cx={x(points[0]!.date)} cy={y(points[0]!.value)} r={3} />
        ) : (
          <path className="chart-line chart-main" d={path(points) ?? undefined} />
        )}
        {day && valueOn.has(day) ? (
          <g className="chart-day">
            <line x1={x(day)} x2={x(day)} y1={PLOT.top} y2={PLOT.bottom} />
            <circle cx={x(day)} cy={y(valueOn.get(day)!)} r={4} />
          </g>
        ) : null}
        <g className="chart-crosshair" visibility="hidden">
          <line y1={PLOT.top} y2={PLOT.bottom} />
          <circle r={4} />
        </g>
      </g>
      <g className="chart-brush" />
      {events.map((e, i) => {
        const name = `${e.date}: ${e.title}, intensity ${formatIntensity(e.intensity)}`;
        return (
          <a key={e.eventId} href={`/events/${e.eventId}`} aria-label={name} className="chart-event" data-index={i} target={newTab ? "_blank" : undefined}>
            <circle className={e.intensity < 0 ? "marker-conflict" : "marker-cooperation"} cx={x(e.date)} cy={y(valueOn.get(e.date)!)} r={radius(Math.abs(e.intensity))} />
          </a>
        );
      })}
    </svg>
  );
}
