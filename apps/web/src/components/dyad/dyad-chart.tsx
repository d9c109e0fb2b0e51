// The index over a range as a server-rendered SVG: band shading, one line, and a focusable
// marker per event linking to the event in the list below. The viewBox scales it to any width.
import { BANDS, dayNumber, dayString } from "@rti/engine";
import { eventAnchor, formatIntensity } from "./format";
import type { ReleaseEvent, SeriesPoint } from "./types";

const W = 800;
const H = 320;
const PAD = { top: 10, right: 12, bottom: 28, left: 34 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;
const MAX_TICKS = 8;

const y = (v: number) => PAD.top + PLOT_H * (1 - v / 100);

/** First days of years (long spans) or of months, thinned to at most MAX_TICKS. */
function dateTicks(first: number, last: number): { day: number; label: string }[] {
  const years = (last - first) / 365 > 2;
  const ticks: { day: number; label: string }[] = [];
  const d = new Date(first * 86_400_000);
  d.setUTCDate(1);
  if (years) d.setUTCMonth(0);
  for (; ; years ? d.setUTCFullYear(d.getUTCFullYear() + 1) : d.setUTCMonth(d.getUTCMonth() + 1)) {
    const day = Math.round(d.getTime() / 86_400_000);
    if (day > last) break;
    if (day >= first) ticks.push({ day, label: years ? String(d.getUTCFullYear()) : dayString(day).slice(0, 7) });
  }
  const step = Math.ceil(ticks.length / MAX_TICKS);
  return ticks.filter((_, i) => i % step === 0);
}

export function DyadChart({ points, events, label }: { points: SeriesPoint[]; events: ReleaseEvent[]; label: string }) {
  const first = dayNumber(points[0]!.date);
  const last = dayNumber(points.at(-1)!.date);
  const span = Math.max(last - first, 1);
  const x = (day: number) => PAD.left + (PLOT_W * (day - first)) / span;
  const valueOn = new Map(points.map((p) => [p.date, p.value]));
  const shown = events.filter((e) => valueOn.has(e.date));
  const line = points.map((p) => `${x(dayNumber(p.date)).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");

  return (
    <svg className="dyad-chart" viewBox={`0 0 ${W} ${H}`} aria-label={label}>
      <g aria-hidden="true">
        {BANDS.map((b) => (
          <g key={b.band}>
            <rect className={`chart-band chart-band-${b.band}`} x={PAD.left} width={PLOT_W} y={y(b.to)} height={y(b.from) - y(b.to)} />
            <text className="chart-band-label" x={PAD.left + 6} y={y(b.to) + 14}>
              {b.label}
            </text>
          </g>
        ))}
        {[0, 20, 40, 60, 80, 100].map((v) => (
          <text key={v} className="chart-axis" x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
            {v}
          </text>
        ))}
        {dateTicks(first, last).map((t) => (
          <g key={t.day}>
            <line className="chart-tick" x1={x(t.day)} x2={x(t.day)} y1={PAD.top + PLOT_H} y2={PAD.top + PLOT_H + 5} />
            <text className="chart-axis" x={x(t.day)} y={H - 8} textAnchor="middle">
              {t.label}
            </text>
          </g>
        ))}
        {points.length === 1 ? (
          <circle className="chart-point" cx={x(first)} cy={y(points[0]!.value)} r={3} />
        ) : (
          <polyline className="chart-line" points={line} />
        )}
      </g>
      {shown.map((e) => {
        const name = `${e.date}: ${e.title}, intensity ${formatIntensity(e.intensity)}`;
        return (
          <a key={e.eventId} href={`#${eventAnchor(e)}`} aria-label={name} className="chart-event">
            <title>{name}</title>
            <circle
              className={e.intensity < 0 ? "marker-conflict" : "marker-cooperation"}
              cx={x(dayNumber(e.date))}
              cy={y(valueOn.get(e.date)!)}
              r={3 + Math.abs(e.intensity) * 0.6}
            />
          </a>
        );
      })}
    </svg>
  );
}
